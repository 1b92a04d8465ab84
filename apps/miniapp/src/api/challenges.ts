import { AcceptTakerResultSchema, ChallengeTakerListSchema } from '@zhilian/shared/contracts/matching'
import { ChallengeValidationSchema, type ValidateChallengeBody } from '@zhilian/shared/contracts/projects'
import { call } from './request'

/** The colleges that took up one of my challenges, with their proposals. */
export function fetchChallengeTakers(challengeId: string) {
  return call('get', '/api/challenges/:id/takers', { param: { id: challengeId }, schema: ChallengeTakerListSchema })
}

/** Accepting one taker marks the challenge taken and declines the others. */
export function acceptTaker(challengeId: string, takerId: string) {
  return call('post', '/api/challenges/:id/takers/:takerId/accept', { param: { id: challengeId, takerId }, schema: AcceptTakerResultSchema })
}

/** 市场验题: the enterprise records whether the accepted solution went into production and its measurable effect, once. */
export function validateChallenge(challengeId: string, body: ValidateChallengeBody) {
  return call('post', '/api/challenges/:id/validation', { param: { id: challengeId }, body, schema: ChallengeValidationSchema })
}
