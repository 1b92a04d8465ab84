import {
  ChallengeCollegesMatchSchema,
  ChallengePageSchema,
  ChallengeTakerSchema,
  CollegeDemandMatchSchema,
  DemandListSupplyMatchSchema,
  EquipmentRequestMatchSchema,
  ExplainJobsSchema,
  JobSupplyMatchSchema,
  MatchExplanationSchema,
  MyMatchablesSchema,
  TrainingNeedMatchSchema,
  type ExplainQuery,
  type TakeChallengeBody,
} from '@zhilian/shared/contracts/matching'
import { call } from './request'

/** Enterprises whose demand the college's majors fit, and the skills its graduates lack. */
export function fetchCollegeDemand(collegeId: string) {
  return call('get', '/api/matching/colleges/:id/demand', { param: { id: collegeId }, schema: CollegeDemandMatchSchema })
}

export function fetchChallenges(cursor: string | null) {
  return call('get', '/api/challenges', { query: { cursor: cursor ?? undefined }, schema: ChallengePageSchema })
}

export function takeChallenge(challengeId: string, body: TakeChallengeBody) {
  return call('post', '/api/challenges/:id/takers', { param: { id: challengeId }, body, schema: ChallengeTakerSchema })
}


/** My jobs, demand list, training needs, challenges and equipment requests: the matches page's picker. */
export function fetchMyMatchables() {
  return call('get', '/api/matching/mine', { schema: MyMatchablesSchema })
}

export function fetchJobSupply(jobId: string) {
  return call('get', '/api/matching/jobs/:id/supply', { param: { id: jobId }, schema: JobSupplyMatchSchema })
}

export function fetchDemandListSupply(listId: string) {
  return call('get', '/api/matching/demand-lists/:id/supply', { param: { id: listId }, query: { limit: 10 }, schema: DemandListSupplyMatchSchema })
}

export function fetchTrainingCourses(needId: string) {
  return call('get', '/api/matching/training-needs/:id/courses', { param: { id: needId }, schema: TrainingNeedMatchSchema })
}

export function fetchChallengeColleges(challengeId: string) {
  return call('get', '/api/matching/challenges/:id/colleges', { param: { id: challengeId }, schema: ChallengeCollegesMatchSchema })
}

export function fetchEquipmentForRequest(requestId: string) {
  return call('get', '/api/matching/equipment-requests/:id/equipment', { param: { id: requestId }, schema: EquipmentRequestMatchSchema })
}

/** Admin: why a job × college × major pair was or was not matched. */
/** 为什么匹配's job search: open jobs of the administrator's scope (decision 084). */
export function searchExplainJobs(q: string) {
  return call('get', '/api/matching/explain/jobs', { query: { q: q || undefined }, schema: ExplainJobsSchema })
}

export function fetchExplanation(query: ExplainQuery) {
  return call('get', '/api/matching/explain', { query, schema: MatchExplanationSchema })
}
