// The synopsis of a doc comment (the doc comment itself: packageDoc of src/vm).

/** The first sentence of a doc comment, on one line. */
export function synopsis (doc: string): string {
  const text = doc.replace(/\s+/g, ' ').trim()
  const m = /^.*?[.!?](?=\s|$)/.exec(text)
  return m === null ? text : m[0]
}
