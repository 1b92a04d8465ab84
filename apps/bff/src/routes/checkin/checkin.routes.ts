import { createRoute } from '@hono/zod-openapi'
import { CheckinCodeSchema, CheckinResultSchema, ScanBodySchema, VisitResultSchema } from '@zhilian/shared/contracts/checkin'
import { ActingUnitQuerySchema, IdParamSchema } from '@zhilian/shared/contracts/common'
import { ORGANISER_ROLES } from '../../events/event-access'
import { access, tokenAccess } from '../../lib/auth'
import type { RoleName } from '../../lib/types'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['check-in']

/** Who scans at the desk: the event's organisers, checked in the scan's own statement (desk-scan.ts). */
export const CHECKIN_ROLES: RoleName[] = ORGANISER_ROLES

export const code = createRoute({
  method: 'get', path: '/{id}/checkin-code', tags, ...access('student'),
  summary: 'A signed code valid 60 s for a registered student, shown as a QR code; fetch again to refresh',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(CheckinCodeSchema, 'The code'), ...problems(401, 403, 404) },
})

export const checkin = createRoute({
  method: 'post', path: '/{id}/checkins', tags, ...tokenAccess(...CHECKIN_ROLES),
  summary: "Organiser staff scan a student's code; a second scan answers 已签到 with the first time",
  request: { params: IdParamSchema, body: jsonBody(ScanBodySchema) },
  responses: { 200: jsonContent(CheckinResultSchema, 'Checked in'), ...problems(400, 401, 403, 404, 409) },
})

export const visit = createRoute({
  method: 'post', path: '/{id}/booths/mine/visits', tags, ...tokenAccess('enterprise'),
  summary: "A booth scans a student's code: the visit is recorded; the résumé only with the student's consent to this enterprise. A member with approved booths for two units at the event names one in `orgId`",
  request: { params: IdParamSchema, query: ActingUnitQuerySchema, body: jsonBody(ScanBodySchema) },
  responses: { 200: jsonContent(VisitResultSchema, 'Visit recorded'), ...problems(400, 401, 403, 404, 409) },
})
