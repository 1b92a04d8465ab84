/** Chains the province has not (yet) named among its signature chains are shown as "待确认". */
export function isCandidateChain(status: string): boolean {
  return !status.startsWith('confirmed')
}
