import { z } from 'zod'
import { demandForm } from '../forms/demand-form'
import { shapeOf } from '../forms/field'
import { missingSections } from '../forms/missing'
import { always, duplicates, keyOf, MSG, section, usccInput } from './list-fields'

/**
 * 附件2 企业需求清单统计表 as zod contracts, read off the form's one definition
 * (forms/demand-form.ts): this file adds only the rules that span rows.
 */

const F = demandForm.steps
const rowOf = <S extends z.ZodArray>(list: S) => list.element as S['element']

export const EnterpriseUsccInput = usccInput({ enterprise: true })
export const EnterpriseBasicInput = F.basic.fields.org.schema
export type EnterpriseBasicInput = z.infer<typeof EnterpriseBasicInput>
export const JobInput = rowOf(F.jobs.fields.jobs.schema)
export type JobInput = z.infer<typeof JobInput>
export const JobSkillInput = rowOf(F.jobs.fields.jobs.fields.skills.schema)
export type JobSkillInput = z.infer<typeof JobSkillInput>
export const TrainingNeedInput = rowOf(F.training.fields.trainingNeeds.schema)
export type TrainingNeedInput = z.infer<typeof TrainingNeedInput>
export const TechChallengeInput = rowOf(F.innovation.fields.challenges.schema)
export type TechChallengeInput = z.infer<typeof TechChallengeInput>
export const ResourceRequestInput = rowOf(F.innovation.fields.resourceRequests.schema)
export type ResourceRequestInput = z.infer<typeof ResourceRequestInput>

const basicShape = shapeOf(F.basic.fields)
const jobsShape = shapeOf(F.jobs.fields)
const trainingShape = shapeOf(F.training.fields)
const innovationShape = shapeOf(F.innovation.fields)

type Ctx = z.core.$RefinementCtx
const uniqueJobTitles = (v: { jobs: JobInput[] }, ctx: Ctx) => {
  for (const i of duplicates(v.jobs, (j) => keyOf(j.title))) ctx.addIssue({ code: 'custom', path: ['jobs', i, 'title'], message: MSG.duplicate('岗位名称') })
}
const uniqueModes = (v: { cooperationModes: string[] }, ctx: Ctx) => {
  for (const i of duplicates(v.cooperationModes, (m) => m)) ctx.addIssue({ code: 'custom', path: ['cooperationModes', i], message: MSG.duplicate('合作模式') })
}
const uniqueLabels = (v: { labelIds: string[] }, ctx: Ctx) => {
  for (const i of duplicates(v.labelIds, (m) => m)) ctx.addIssue({ code: 'custom', path: ['labelIds', i], message: MSG.duplicate('企业称号') })
}

/** One schema per step of the phone's step-by-step form. */
export const DemandListSteps = {
  basic: section(basicShape).superRefine(uniqueLabels, always),
  jobs: section(jobsShape).superRefine(uniqueJobTitles, always),
  training: section(trainingShape),
  innovation: section(innovationShape).superRefine(uniqueModes, always),
} as const

export const DemandListInput = z
  .object({ ...basicShape, ...jobsShape, ...trainingShape, ...innovationShape })
  .superRefine((v, ctx) => {
    uniqueLabels(v, ctx)
    uniqueJobTitles(v, ctx)
    uniqueModes(v, ctx)
  }, always)
export type DemandListInput = z.infer<typeof DemandListInput>

/** What a draft still lacks before it can be submitted, in Chinese, in the form's order. */
export function missingDemandSections(draft: unknown): string[] {
  const d = (draft ?? {}) as Record<string, unknown>
  const missing = missingSections(demandForm, DemandListSteps.basic, draft, [])
  const jobs = Array.isArray(d.jobs) ? (d.jobs as Partial<JobInput>[]) : []
  if (jobs.length === 0) missing.push(`${F.jobs.fields.jobs.label}（至少一个岗位）`)
  for (const job of jobs) {
    if (!Array.isArray(job.skills) || job.skills.length === 0) missing.push(`${F.jobs.fields.jobs.fields.skills.label}：岗位「${job.title ?? '未命名'}」`)
  }
  if (!Array.isArray(d.cooperationModes) || d.cooperationModes.length === 0) missing.push(F.innovation.fields.cooperationModes.label)
  return missing
}
