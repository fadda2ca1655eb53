// Doc comments of a package, read from its Go files as `go doc` shows them: the `//` lines right
// above the package clause (directives such as `//amigo:library` left out).

/** The package's doc comment (from the first file that has one), or ''. */
export function packageDoc (files: Array<{ text: string }>): string {
  for (const f of files) {
    const lines = f.text.split('\n')
    const at = lines.findIndex(l => /^package\s+\w+/.test(l))
    if (at < 0) continue
    const doc: string[] = []
    for (let i = at - 1; i >= 0 && lines[i].startsWith('//'); i--) {
      if (/^\/\/[a-z]+:/.test(lines[i])) continue
      doc.unshift(lines[i].replace(/^\/\/ ?/, ''))
    }
    if (doc.length > 0) return doc.join('\n')
  }
  return ''
}

/** The first sentence of a doc comment, on one line. */
export function synopsis (doc: string): string {
  const text = doc.replace(/\s+/g, ' ').trim()
  const m = /^.*?[.!?](?=\s|$)/.exec(text)
  return m === null ? text : m[0]
}
