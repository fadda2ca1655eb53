/** Lexical scopes (go/types.Scope): a map from names to objects with a parent link. */
import type { Obj } from './objects.ts'
import type { Pos } from '../syntax/pos.ts'

export class Scope {
  readonly children: Scope[] = []
  private readonly elems = new Map<string, Obj>()
  /** true for function scopes (parameters + body), which stop the search for labels / captured vars */
  isFunc = false
  constructor (
    public parent: Scope | null,
    /** extent of the scope in the source; 0,0 for the universe and package scopes */
    public pos: Pos,
    public end: Pos,
    /** a short description for debugging: "universe", "package main", "function", "block", ... */
    public comment: string
  ) {
    // package scopes are not recorded as children of the universe, which lives forever
    if (parent && parent.parent) parent.children.push(this)
    else if (parent && comment !== 'universe' && !comment.startsWith('package ')) parent.children.push(this)
  }

  /** the object named name in this scope only, or undefined */
  lookup (name: string): Obj | undefined { return this.elems.get(name) }

  /** names in insertion order */
  names (): string[] { return [...this.elems.keys()] }

  /** objects in insertion order */
  objects (): IterableIterator<Obj> { return this.elems.values() }

  get size (): number { return this.elems.size }

  /**
   * Looks name up in this scope and its parents, considering only objects visible at pos
   * (pos 0 means "anywhere"). Returns the scope and the object.
   */
  lookupParent (name: string, pos: Pos): [Scope, Obj] | null {
    for (let s: Scope | null = this; s; s = s.parent) {
      const o = s.elems.get(name)
      if (o && (pos === 0 || o.scopePos <= pos)) return [s, o]
    }
    return null
  }

  /** Inserts obj; returns the existing object of that name if there is one (and inserts nothing). */
  insert (obj: Obj): Obj | undefined {
    const old = this.elems.get(obj.name)
    if (old) return old
    this.elems.set(obj.name, obj)
    if (!obj.parent) obj.parent = this
    return undefined
  }

  /** the innermost scope containing pos, starting at this one (for tools / tests) */
  innermost (pos: Pos): Scope | null {
    if (this.pos !== 0 && (pos < this.pos || pos >= this.end)) return null
    for (const c of this.children) {
      const s = c.innermost(pos)
      if (s) return s
    }
    return this
  }
}
