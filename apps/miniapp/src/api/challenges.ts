import { AcceptTakerResultSchema, ChallengeTakerListSchema } from '@zhilian/shared/contracts/matching'
import { request } from './request'

const id = (value: string) => encodeURIComponent(value)

/** The colleges that took up one of my challenges, with their proposals. */
export function fetchChallengeTakers(challengeId: string) {
  return request('GET', `/api/challenges/${id(challengeId)}/takers`, { schema: ChallengeTakerListSchema })
}

/** Accepting one taker marks the challenge taken and declines the others. */
export function acceptTaker(challengeId: string, takerId: string) {
  return request('POST', `/api/challenges/${id(challengeId)}/takers/${id(takerId)}/accept`, { schema: AcceptTakerResultSchema })
}
