/**
 * Which job edits a reviewer must see again (decision 014). A material field is one a student relies on or a
 * fraudster would change after approval: what the job is, where, for whom, for how much. Head-count is not:
 * hiring more people for the same job needs no second look.
 */
export const MATERIAL_JOB_FIELDS = [
  'title', 'type', 'description', 'salaryMin', 'salaryMax', 'skills', 'majorCodes', 'cityCode', 'chainId', 'education', 'minYearsExperience',
] as const
export type MaterialJobField = (typeof MATERIAL_JOB_FIELDS)[number]

/** Arrays compare as sets of their JSON (order of skills or majors is not a change). */
const canonical = (v: unknown) => (Array.isArray(v) ? JSON.stringify(v.map((x) => JSON.stringify(x)).sort()) : JSON.stringify(v ?? null))

/** The material fields `changes` actually changes against `current` (a field sent with its old value is no change). */
export function materialChanges(current: Partial<Record<MaterialJobField, unknown>>, changes: Partial<Record<MaterialJobField, unknown>>): MaterialJobField[] {
  return MATERIAL_JOB_FIELDS.filter((f) => changes[f] !== undefined && canonical(changes[f]) !== canonical(current[f]))
}

/** Job statuses a material edit sends back to review: those the public sees or may see again. */
export const REVIEWED_JOB_STATUSES = ['open', 'paused', 'filled'] as const
