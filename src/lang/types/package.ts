/** A type-checked package (go/types.Package). */
import { Scope } from './scope.ts'
import { universe } from './universe.ts'

export class Package {
  readonly scope: Scope
  /** packages imported by this one, in first-import order */
  imports: Package[] = []
  /** set once checking finished (with or without errors) */
  complete = false
  /** counter for local types and type parameters, so their type keys are stable across runs */
  localCount = 0
  /** a placeholder for a package that could not be imported */
  fake = false
  constructor (public path: string, public name: string) {
    this.scope = new Scope(universe, 0, 0, `package ${path}`)
  }
}
