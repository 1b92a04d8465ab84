import { createRoute } from '@hono/zod-openapi'
import { access } from '../lib/auth'
import { jsonBody, jsonContent, problems } from '../lib/openapi'
import {
  MyListSchema, SectionBodySchema, SectionParamSchema, SectionSavedSchema, SubmitBodySchema, SubmittedSchema, VersionListSchema,
} from '@zhilian/shared/contracts/lists'

/** The four routes of one list workflow; 附件1 (colleges) and 附件2 (enterprises) differ only in who and what. */
export function listRoutes(tag: string, role: 'college' | 'enterprise', form: string) {
  const tags = [tag]
  const member = access(role)
  const mine = createRoute({
    method: 'get', path: '/mine', tags, ...member,
    summary: `The caller organisation's ${form}: the draft as typed and the last submitted version`,
    responses: { 200: jsonContent(MyListSchema, 'Draft and last submission'), ...problems(401, 403, 404) },
  })

  const saveSection = createRoute({
    method: 'put', path: '/mine/sections/{section}', tags, ...member,
    summary: 'Save one step of the draft as typed (even with problems, which come back beside the fields)',
    request: { params: SectionParamSchema, body: jsonBody(SectionBodySchema) },
    responses: { 200: jsonContent(SectionSavedSchema, 'Saved, with any problems'), ...problems(400, 401, 403, 404) },
  })

  const submit = createRoute({
    method: 'post', path: '/mine/submit', tags, ...member,
    summary: 'Validate the whole draft, record it as a version and send it to review (verified organisations only); its rows count once approved',
    // Optional: 附件2 sends the job plan it confirmed (GET /demand-lists/mine/job-plan); 附件1 sends nothing.
    request: { body: { content: { 'application/json': { schema: SubmitBodySchema } }, required: false } },
    responses: { 200: jsonContent(SubmittedSchema, 'Submitted for review'), ...problems(400, 401, 403, 404, 409) },
  })

  const versions = createRoute({
    method: 'get', path: '/mine/versions', tags, ...member,
    summary: 'Version history: who submitted or imported, when, and which sections changed',
    responses: { 200: jsonContent(VersionListSchema, 'Newest first'), ...problems(401, 403, 404) },
  })
  return { mine, saveSection, submit, versions }
}
