import {
  ChallengeCollegesMatchSchema,
  ChallengePageSchema,
  ChallengeTakerSchema,
  CollegeDemandMatchSchema,
  DemandListSupplyMatchSchema,
  EquipmentRequestMatchSchema,
  JobSupplyMatchSchema,
  MatchExplanationSchema,
  MyMatchablesSchema,
  TrainingNeedMatchSchema,
  type ExplainQuery,
  type TakeChallengeBody,
} from '@zhilian/shared/contracts/matching'
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

const id = (value: string) => encodeURIComponent(value)

/** My jobs, demand list, training needs, challenges and equipment requests: the matches page's picker. */
export function fetchMyMatchables() {
  return request('GET', '/api/matching/mine', { schema: MyMatchablesSchema })
}

export function fetchJobSupply(jobId: string) {
  return request('GET', `/api/matching/jobs/${id(jobId)}/supply`, { schema: JobSupplyMatchSchema })
}

export function fetchDemandListSupply(listId: string) {
  return request('GET', `/api/matching/demand-lists/${id(listId)}/supply`, { query: { limit: 10 }, schema: DemandListSupplyMatchSchema })
}

export function fetchTrainingCourses(needId: string) {
  return request('GET', `/api/matching/training-needs/${id(needId)}/courses`, { schema: TrainingNeedMatchSchema })
}

export function fetchChallengeColleges(challengeId: string) {
  return request('GET', `/api/matching/challenges/${id(challengeId)}/colleges`, { schema: ChallengeCollegesMatchSchema })
}

export function fetchEquipmentForRequest(requestId: string) {
  return request('GET', `/api/matching/equipment-requests/${id(requestId)}/equipment`, { schema: EquipmentRequestMatchSchema })
}

/** Admin: why a job × college × major pair was or was not matched. */
export function fetchExplanation(query: ExplainQuery) {
  return request('GET', '/api/matching/explain', { query, schema: MatchExplanationSchema })
}
