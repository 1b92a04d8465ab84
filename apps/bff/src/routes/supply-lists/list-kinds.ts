import type { Prisma } from '@zhilian/db'
import { DemandListInput, DemandListSteps, missingDemandSections } from '@zhilian/shared/contracts/demand-list'
import { missingSupplySections, SupplyListInput, SupplyListSteps } from '@zhilian/shared/contracts/supply-list'
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

export const SUPPLY: ListKind = {
  kind: 'supply',
  orgKind: 'college',
  steps: SupplyListSteps as unknown as Record<string, Step>,
  full: SupplyListInput as unknown as z.ZodType<Record<string, unknown>>,
  missing: missingSupplySections,
  unitKey: 'college',
  labels: {
    year: '填报年度', filledBy: '填报人', filledByPhone: '联系电话', filledAt: '填报时间', college: '基本信息',
    majors: '相关专业设置', enrolments: '在校生规模', cohorts: '毕业生规模', faculty: '师资队伍情况',
    equipment: '主要实验/实训设备', researchProjects: '科研项目', ip: '专利/软件著作权',
    trainingCourses: '企业培训服务能力', cases: '产教融合典型案例',
  },
}

export const DEMAND: ListKind = {
  kind: 'demand',
  orgKind: 'enterprise',
  steps: DemandListSteps as unknown as Record<string, Step>,
  full: DemandListInput as unknown as z.ZodType<Record<string, unknown>>,
  missing: missingDemandSections,
  unitKey: 'org',
  labels: {
    filledBy: '填报人', filledByPhone: '联系电话', filledAt: '填报时间', org: '基本信息', labelIds: '企业称号',
    jobs: '岗位需求', trainingNeeds: '培训需求', challenges: '技术合作方向', resourceRequests: '院校资源需求',
    cooperationModes: '合作模式期望', cooperationNote: '合作说明',
  },
}

export type Draft = Record<string, unknown>

export const asDraft = (value: Prisma.JsonValue | null | undefined): Draft =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Draft) : {}

export const toJson = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue
