/** Gas for scanning n bytes natively: one unit per 64 bytes, at least one. */
export const scanGas = (n: number): number => 1 + (n >> 6)
