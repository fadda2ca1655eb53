/** What a sort needs of the sequence it sorts: compare two positions, exchange two positions. */
export interface LessSwap {
  less: (i: number, j: number) => boolean
  swap: (i: number, j: number) => void
}
