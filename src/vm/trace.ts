/**
 * The live-call tree of a call (protocols/services.md §3.6): one frame per service function
 * entered, the called function at its root and a child frame per live-import call, in the order
 * they ran. Built while the call runs, from the same deterministic meters the receipt uses
 * (gas left at entry and exit), so every replica that runs the call gets the same tree.
 */
import type { TraceFrame, VMErrorInfo, VMEvent } from './types.ts'

interface Open { frame: TraceFrame, gasAtEntry: number }

export class CallTrace {
  private root: TraceFrame | null = null
  private readonly open: Open[] = []

  /** a run again after a missing block starts the tree again */
  reset (): void { this.root = null; this.open.length = 0 }

  /** whether a call's tree is being built (queries and pushes have none) */
  get active (): boolean { return this.root !== null }

  /** the called function itself: the root */
  start (service: string, func: string, caller: string): void {
    this.root = { service, func, caller, gasUsed: 0, events: [], calls: [] }
    this.open.length = 0
    this.open.push({ frame: this.root, gasAtEntry: 0 })
  }

  /** a live-import call from the running frame's service into `service` */
  enter (service: string, func: string, caller: string, gasLeft: number): void {
    const parent = this.open[this.open.length - 1]
    if (parent === undefined) return
    const frame: TraceFrame = { service, func, caller, gasUsed: 0, events: [], calls: [] }
    parent.frame.calls.push(frame)
    this.open.push({ frame, gasAtEntry: gasLeft })
  }

  /** the live-import call returned (or ended with `failure`, a panic or a limit) */
  exit (gasLeft: number, failure?: string): void {
    if (this.open.length < 2) return
    const { frame, gasAtEntry } = this.open.pop()!
    frame.gasUsed = Math.max(0, gasAtEntry - Math.max(gasLeft, 0))
    if (failure !== undefined) frame.panic = failure
  }

  emit (event: VMEvent): void {
    this.open[this.open.length - 1]?.frame.events.push(event)
  }

  /** the finished tree: the root's gas is the receipt's, its panic the receipt's error */
  finish (gasUsed: number, failure?: string): TraceFrame | undefined {
    const root = this.root
    if (root === null) return undefined
    root.gasUsed = gasUsed
    if (failure !== undefined) root.panic = failure
    return root
  }
}

/** a frame's `panic`: the error's message, after its Go position when it has one (`comments.go:45:3: …`) */
export function failureText (e: VMErrorInfo): string {
  return e.pos !== undefined && e.pos !== '' && !e.message.includes(e.pos) ? `${e.pos}: ${e.message}` : e.message
}
