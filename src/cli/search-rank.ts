/**
 * `amigo search` ranking: every word must match a package's path, its doc comment or one of its
 * exported functions; a match in the path counts most (a whole segment more than a part), then a
 * function's name, then the doc comment (a whole word more than a part). Ties go by path.
 */
import type { ServiceInfo } from '../vm/types.ts'

export interface SearchHit {
  path: string
  kind: ServiceInfo['kind']
  cid: string
  score: number
  /** the first sentence of the doc comment */
  synopsis: string
  /** the exported functions whose name matched a word */
  functions: string[]
}

/** the first sentence of a doc comment, on one line */
export function synopsis (doc: string): string {
  const text = doc.replace(/\s+/g, ' ').trim()
  const m = /^.*?[.!?](?=\s|$)/.exec(text)
  return m === null ? text : m[0]
}

const funcName = (signature: string): string => signature.replace(/\(.*$/s, '')

function wordScore (word: string, s: ServiceInfo): { score: number, functions: string[] } {
  const segments = s.path.toLowerCase().split('/')
  const path = segments[segments.length - 1] === word ? 8 : segments.includes(word) ? 6 : s.path.toLowerCase().includes(word) ? 4 : 0
  const functions = s.functions.filter(f => funcName(f).toLowerCase().includes(word))
  const func = functions.some(f => funcName(f).toLowerCase() === word) ? 5 : functions.length > 0 ? 3 : 0
  const doc = s.doc.toLowerCase()
  const inDoc = doc.split(/[^\p{L}\p{N}_]+/u).includes(word) ? 3 : doc.includes(word) ? 1 : 0
  return { score: path + func + inDoc, functions }
}

export function rankServices (words: string[], services: ServiceInfo[]): SearchHit[] {
  const wanted = words.map(w => w.toLowerCase()).filter(w => w !== '')
  const hits: SearchHit[] = []
  for (const s of services) {
    let score = 0
    const functions = new Set<string>()
    let all = true
    for (const w of wanted) {
      const m = wordScore(w, s)
      if (m.score === 0) { all = false; break }
      score += m.score
      for (const f of m.functions) functions.add(f)
    }
    if (!all) continue
    hits.push({ path: s.path, kind: s.kind, cid: s.cid, score, synopsis: synopsis(s.doc), functions: s.functions.filter(f => functions.has(f)) })
  }
  return hits.sort((a, b) => b.score - a.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
