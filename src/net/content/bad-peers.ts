// Peers that sent bytes which do not hash to the CID we asked them for. Such a peer is never asked
// for that CID again (it still may serve others: a disk error is usually one block, not a peer).

export class BadPeers {
  private readonly byCid = new Map<string, Set<string>>()
  private readonly strikes = new Map<string, number>()

  add (cid: { toString: () => string }, peer: { toString: () => string }): void {
    const key = cid.toString()
    let set = this.byCid.get(key)
    if (set == null) { set = new Set(); this.byCid.set(key, set) }
    if (!set.has(peer.toString())) {
      set.add(peer.toString())
      this.strikes.set(peer.toString(), (this.strikes.get(peer.toString()) ?? 0) + 1)
    }
  }

  has (cid: { toString: () => string }, peer: { toString: () => string }): boolean {
    return this.byCid.get(cid.toString())?.has(peer.toString()) ?? false
  }

  /** peers that sent a bad block for `cid` */
  for (cid: { toString: () => string }): string[] {
    return [...(this.byCid.get(cid.toString()) ?? [])]
  }

  /** how many CIDs a peer sent bad bytes for */
  strikesOf (peer: { toString: () => string }): number {
    return this.strikes.get(peer.toString()) ?? 0
  }
}
