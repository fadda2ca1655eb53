import { AmigoError } from '../store/errors/index.ts'

/** A page or a form post the explorer cannot serve: the HTTP status it answers and a message for the reader. */
export class PageError extends AmigoError<'ERR_PAGE'> {
  constructor (readonly status: number, message: string) { super('ERR_PAGE', message) }
}
