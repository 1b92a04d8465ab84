import {
  ApplicantsSchema,
  ApplicationDetailSchema,
  BulkTransitionResultSchema,
  InterviewResultSchema,
  TransitionResultSchema,
  type BulkTransitionBody,
  type InterviewBody,
  type TransitionBody,
} from '@zhilian/shared/contracts/applications'
import {
  EnterpriseJobPageSchema,
  EnterpriseJobSchema,
  type EnterpriseJobCreate,
  type EnterpriseJobPatch,
  type JobAction,
} from '@zhilian/shared/contracts/jobs'
import { request } from './request'

const id = (value: string) => encodeURIComponent(value)

export function fetchEnterpriseJobs(cursor: string | null) {
  return request('GET', '/api/enterprise/jobs', { query: { cursor: cursor ?? undefined }, schema: EnterpriseJobPageSchema })
}

export function fetchEnterpriseJob(jobId: string) {
  return request('GET', `/api/enterprise/jobs/${id(jobId)}`, { schema: EnterpriseJobSchema })
}

export function createEnterpriseJob(body: EnterpriseJobCreate) {
  return request('POST', `/api/enterprise/jobs`, { body: body as unknown as Record<string, unknown>, schema: EnterpriseJobSchema })
}

export function updateEnterpriseJob(jobId: string, body: EnterpriseJobPatch) {
  return request('PATCH', `/api/enterprise/jobs/${id(jobId)}`, { body: body as unknown as Record<string, unknown>, schema: EnterpriseJobSchema })
}

/** pause / resume / close answer with the job; duplicate with the new draft. */
export function runJobAction(jobId: string, action: JobAction) {
  return request('POST', `/api/enterprise/jobs/${id(jobId)}/${action}`, { body: {}, schema: EnterpriseJobSchema })
}

export function fetchApplicants(jobId: string) {
  return request('GET', `/api/enterprise/jobs/${id(jobId)}/applicants`, { schema: ApplicantsSchema })
}

export function fetchApplication(applicationId: string) {
  return request('GET', `/api/enterprise/applications/${id(applicationId)}`, { schema: ApplicationDetailSchema })
}

/** Opening an applicant's page is what marks it 已查看 (reading alone never does). */
export function markApplicationViewed(applicationId: string) {
  return request('POST', `/api/enterprise/applications/${id(applicationId)}/viewed`, { body: {}, schema: TransitionResultSchema })
}

export function transitionApplication(applicationId: string, body: TransitionBody) {
  return request('POST', `/api/enterprise/applications/${id(applicationId)}/transition`, { body, schema: TransitionResultSchema })
}

export function bulkTransition(body: BulkTransitionBody) {
  return request('POST', '/api/enterprise/applications/bulk-transition', { body, schema: BulkTransitionResultSchema })
}

export function inviteToInterview(applicationId: string, body: InterviewBody) {
  return request('POST', `/api/enterprise/applications/${id(applicationId)}/interview`, { body, schema: InterviewResultSchema })
}
