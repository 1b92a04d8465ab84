import { AcceptTakerResultSchema, ChallengeTakerListSchema } from '@zhilian/shared/contracts/matching'
import { call } from './request'


/** The colleges that took up one of my challenges, with their proposals. */
export function fetchChallengeTakers(challengeId: string) {
  return call('get', '/api/challenges/:id/takers', { param: { id: challengeId }, schema: ChallengeTakerListSchema })
}

/** Accepting one taker marks the challenge taken and declines the others. */
export function acceptTaker(challengeId: string, takerId: string) {
  return call('post', '/api/challenges/:id/takers/:takerId/accept', { param: { id: challengeId, takerId }, schema: AcceptTakerResultSchema })
}
