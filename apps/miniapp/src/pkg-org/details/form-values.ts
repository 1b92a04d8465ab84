import { ORG_IDENTITY_FIELDS, type Org } from '@zhilian/shared/contracts/organizations'

/** What the 单位资料 form holds: text as typed, chains and labels as ids. */
export type DetailsForm = Record<string, string | string[]>

const TEXT_KEYS = ['name', 'uscc', 'cityCode', 'address', 'nature', 'industryCode', 'intro', 'contactName', 'contactTitle', 'contactPhone', 'contactEmail'] as const

/** The form as the unit stands: its public values (a pending change is shown beside them, not in them). */
export function formOf(org: Org): DetailsForm {
  const form: DetailsForm = Object.fromEntries(TEXT_KEYS.map((k) => [k, org[k] ?? '']))
  form.chains = org.chains
  if (org.kind === 'enterprise') form.labels = org.labels.map((l) => l.id)
  return form
}

const same = (a: string | string[] | undefined, b: string | string[] | undefined) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x) => b.includes(x)) : (a ?? '') === (b ?? '')

/**
 * Only what the member changed goes in the PATCH: an untouched field is not re-sent, so a verified unit's unchanged
 * name never reads as a change to review. An optional field emptied is sent empty, which clears it.
 */
export function changesOf(before: DetailsForm, now: DetailsForm): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(now).filter(([k, v]) => !same(before[k], v)))
}

/** Whether the changes touch the name, code or city, which a verified unit's administrator must approve. */
export const touchesIdentity = (changes: Record<string, unknown>) => ORG_IDENTITY_FIELDS.some((k) => k in changes)
