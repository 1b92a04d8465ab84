import type { Prisma } from '@zhilian/db'
import { DemandListInput, DemandListSteps, missingDemandSections } from '@zhilian/shared/contracts/demand-list'
import { missingSupplySections, SupplyListInput, SupplyListSteps } from '@zhilian/shared/contracts/supply-list'
import { demandForm } from '@zhilian/shared/forms/demand-form'
import { topFields, type FormDefinition } from '@zhilian/shared/forms/field'
import { supplyForm } from '@zhilian/shared/forms/supply-form'
import type { z } from 'zod'

/**
 * What differs between the two official lists (附件1 supply, 附件2 demand) for the draft → submit →
 * version workflow; everything else in that workflow is shared.
 */
export type ListKindName = 'supply' | 'demand'
type Step = z.ZodObject<z.core.$ZodLooseShape>

export interface ListKind {
  kind: ListKindName
  orgKind: 'college' | 'enterprise'
  steps: Record<string, Step>
  full: z.ZodType<Record<string, unknown>>
  missing(draft: unknown): string[]
  /** Chinese names of the top-level keys, for version diffs. */
  labels: Record<string, string>
  /** The key holding the unit's basic block, whose `uscc` must be the organisation's own. */
  unitKey: 'college' | 'org'
}

/** The form's own label of each top-level key. */
/** Labels by path as the form names them: top-level fields and the fields of groups (college.name → 院校名称), for version diffs. */
const labelsOf = (form: FormDefinition) =>
  Object.fromEntries(topFields(form).flatMap(([key, f]) => [
    [key, f.label] as const,
    ...(f.kind === 'group' ? Object.entries(f.fields).map(([sub, g]) => [`${key}.${sub}`, g.label] as const) : []),
  ]))

export const SUPPLY: ListKind = {
  kind: 'supply',
  orgKind: 'college',
  steps: SupplyListSteps as unknown as Record<string, Step>,
  full: SupplyListInput as unknown as z.ZodType<Record<string, unknown>>,
  missing: missingSupplySections,
  unitKey: 'college',
  labels: labelsOf(supplyForm),
}

export const DEMAND: ListKind = {
  kind: 'demand',
  orgKind: 'enterprise',
  steps: DemandListSteps as unknown as Record<string, Step>,
  full: DemandListInput as unknown as z.ZodType<Record<string, unknown>>,
  missing: missingDemandSections,
  unitKey: 'org',
  labels: labelsOf(demandForm),
}

export type Draft = Record<string, unknown>

export const asDraft = (value: Prisma.JsonValue | null | undefined): Draft =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Draft) : {}

export const toJson = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue
