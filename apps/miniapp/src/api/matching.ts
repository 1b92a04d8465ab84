import { ChallengePageSchema, ChallengeTakerSchema, CollegeDemandMatchSchema, type TakeChallengeBody } from '@zhilian/shared/contracts/matching'
import { request } from './request'

/** Enterprises whose demand the college's majors fit, and the skills its graduates lack. */
export function fetchCollegeDemand(collegeId: string) {
  return request('GET', `/api/matching/colleges/${encodeURIComponent(collegeId)}/demand`, { schema: CollegeDemandMatchSchema })
}

export function fetchChallenges(cursor: string | null) {
  return request('GET', '/api/challenges', { query: { cursor: cursor ?? undefined }, schema: ChallengePageSchema })
}

export function takeChallenge(challengeId: string, body: TakeChallengeBody) {
  return request('POST', `/api/challenges/${encodeURIComponent(challengeId)}/takers`, { body, schema: ChallengeTakerSchema })
}
