import { FieldIssueSchema, ListStatus } from '@zhilian/shared'
import { MajorListSchema } from '@zhilian/shared/contracts/reference'
import { z } from 'zod'
import { request } from './request'

/**
 * /api/demand-lists/mine and /api/supply-lists/mine share one workflow. Their response shapes live in
 * the BFF (routes/supply-lists/list-schemas.ts), so they are mirrored here for parsing.
 */
export type ListKindName = 'demand' | 'supply'
const base = (kind: ListKindName) => (kind === 'demand' ? '/api/demand-lists' : '/api/supply-lists')

const VersionRefSchema = z.object({ version: z.number(), at: z.string(), byUserId: z.string(), source: z.enum(['submit', 'import']), data: z.record(z.string(), z.unknown()) })
export const MyListSchema = z.object({
  org: z.object({ id: z.string(), name: z.string(), verified: z.boolean() }),
  list: z
    .object({
      id: z.string(),
      status: ListStatus.schema,
      version: z.number(),
      submittedAt: z.string().nullable(),
      reviewedAt: z.string().nullable(),
      reviewNote: z.string().nullable(),
      updatedAt: z.string(),
    })
    .nullable(),
  draft: z.record(z.string(), z.unknown()),
  sections: z.array(z.string()),
  missingSections: z.array(z.string()),
  canSubmit: z.boolean(),
  lastSubmitted: VersionRefSchema.nullable(),
})
export type MyList = z.infer<typeof MyListSchema>

export const SectionSavedSchema = z.object({
  section: z.string(),
  saved: z.literal(true),
  valid: z.boolean(),
  issues: z.array(FieldIssueSchema),
  missingSections: z.array(z.string()),
  updatedAt: z.string(),
})
export type SectionSaved = z.infer<typeof SectionSavedSchema>

const SubmittedSchema = z.object({ id: z.string(), status: ListStatus.schema, version: z.number(), submittedAt: z.string() })

export const VersionListSchema = z.object({
  items: z.array(
    z.object({
      version: z.number(),
      at: z.string(),
      source: z.enum(['submit', 'import']),
      by: z.object({ id: z.string(), displayName: z.string().nullable() }),
      changes: z.array(z.object({ section: z.string(), label: z.string(), from: z.number().nullable(), to: z.number().nullable() })),
    }),
  ),
})
export type VersionList = z.infer<typeof VersionListSchema>

export function fetchMyList(kind: ListKindName) {
  return request('GET', `${base(kind)}/mine`, { schema: MyListSchema })
}

/** Saved as typed even with problems; the problems come back as `issues` beside the fields. */
export function saveListSection(kind: ListKindName, section: string, body: Record<string, unknown>) {
  return request('PUT', `${base(kind)}/mine/sections/${encodeURIComponent(section)}`, { body, schema: SectionSavedSchema })
}

export function submitList(kind: ListKindName) {
  return request('POST', `${base(kind)}/mine/submit`, { body: {}, schema: SubmittedSchema })
}

export function fetchListVersions(kind: ListKindName) {
  return request('GET', `${base(kind)}/mine/versions`, { schema: VersionListSchema })
}

/** Catalogue majors by code or name, for the majors pickers. */
export async function searchMajors(q: string) {
  const { items } = await request('GET', '/api/reference/majors', { query: { q }, schema: MajorListSchema })
  return items
}
