import {
  ApplicantsSchema,
  ApplicationDetailSchema,
  BulkTransitionResultSchema,
  InterviewResultSchema,
  TransitionResultSchema,
  type BulkTransitionBody,
  type InterviewBody,
  type InterviewCancelBody,
  type TransitionBody,
} from '@zhilian/shared/contracts/applications'
import {
  EnterpriseJobPageSchema,
  EnterpriseJobSchema,
  type EnterpriseJobCreate,
  type EnterpriseJobPatch,
  type JobAction,
  type JobClosingDateBody,
} from '@zhilian/shared/contracts/jobs'
import { call } from './request'


export function fetchEnterpriseJobs(cursor: string | null) {
  return call('get', '/api/enterprise/jobs', { query: { cursor: cursor ?? undefined }, schema: EnterpriseJobPageSchema })
}

export function fetchEnterpriseJob(jobId: string) {
  return call('get', '/api/enterprise/jobs/:id', { param: { id: jobId }, schema: EnterpriseJobSchema })
}

export function createEnterpriseJob(body: EnterpriseJobCreate) {
  return call('post', '/api/enterprise/jobs', { body: body, schema: EnterpriseJobSchema })
}

export function updateEnterpriseJob(jobId: string, body: EnterpriseJobPatch) {
  return call('patch', '/api/enterprise/jobs/:id', { param: { id: jobId }, body: body, schema: EnterpriseJobSchema })
}

/** A new closing day; a job closed by its date re-opens with it (decision 055). */
export function setJobClosingDate(jobId: string, body: JobClosingDateBody) {
  return call('put', '/api/enterprise/jobs/:id/closing-date', { param: { id: jobId }, body, schema: EnterpriseJobSchema })
}

/** pause / resume / close answer with the job; duplicate with the new draft. */
export function runJobAction(jobId: string, action: JobAction) {
  return call('post', `/api/enterprise/jobs/:id/${action}`, { param: { id: jobId }, schema: EnterpriseJobSchema })
}

export function fetchApplicants(jobId: string) {
  return call('get', '/api/enterprise/jobs/:id/applicants', { param: { id: jobId }, schema: ApplicantsSchema })
}

export function fetchApplication(applicationId: string) {
  return call('get', '/api/enterprise/applications/:id', { param: { id: applicationId }, schema: ApplicationDetailSchema })
}

/** Opening an applicant's page is what marks it 已查看 (reading alone never does). */
export function markApplicationViewed(applicationId: string) {
  return call('post', '/api/enterprise/applications/:id/viewed', { param: { id: applicationId }, schema: TransitionResultSchema })
}

export function transitionApplication(applicationId: string, body: TransitionBody) {
  return call('post', '/api/enterprise/applications/:id/transition', { param: { id: applicationId }, body, schema: TransitionResultSchema })
}

export function bulkTransition(body: BulkTransitionBody) {
  return call('post', '/api/enterprise/applications/bulk-transition', { body, schema: BulkTransitionResultSchema })
}

export function inviteToInterview(applicationId: string, body: InterviewBody) {
  return call('post', '/api/enterprise/applications/:id/interview', { param: { id: applicationId }, body, schema: InterviewResultSchema })
}

export function rescheduleInterview(interviewId: string, body: InterviewBody) {
  return call('post', '/api/enterprise/interviews/:id/reschedule', { param: { id: interviewId }, body, schema: InterviewResultSchema })
}

export function cancelInterview(interviewId: string, body: InterviewCancelBody) {
  return call('post', '/api/enterprise/interviews/:id/cancel', { param: { id: interviewId }, body, schema: InterviewResultSchema })
}
