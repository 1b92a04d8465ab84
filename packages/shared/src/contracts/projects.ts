import { z } from 'zod'
import { PROJECT_SOURCES, PROJECT_STATUSES } from '../rules/projects'
import { CursorSchema, IdSchema, idOf } from './common'
import { OrgKind } from './enums'
import { isoDate } from './list-fields'
import { searchText, text, visibleName } from './text'

/** 项目台账 (decision 034): cooperation projects from a 签约 to their result. */
export const ProjectStatusSchema = z.enum(PROJECT_STATUSES)
export const ProjectSourceSchema = z.enum(PROJECT_SOURCES)

/** How the caller sees a project: a party posts updates, an organiser and an administrator only read. */
export const ProjectViewerRoleSchema = z.enum(['party', 'organiser', 'admin'])
export type ProjectViewerRole = z.infer<typeof ProjectViewerRoleSchema>

export const ProjectListQuerySchema = z.object({
  status: ProjectStatusSchema.optional(),
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type ProjectListQuery = z.infer<typeof ProjectListQuerySchema>

/** A calendar day of the project's life: the platform's years only (PostgreSQL knows no year 0). */
const projectDate = () => isoDate().refine((d) => { const y = Number(d.slice(0, 4)); return y >= 2000 && y <= 2100 }, { error: '日期应在2000年至2100年之间' })

const MilestoneInputSchema = z.object({
  title: visibleName(text(60).min(2, '请填写里程碑名称（至少 2 个字）'), '里程碑名称'),
  /** Due by the end of this Beijing day (18:00). */
  dueDate: projectDate(),
})
export const AddMilestoneBodySchema = MilestoneInputSchema
export type AddMilestoneBody = z.infer<typeof AddMilestoneBodySchema>

/**
 * A project from one of the five sources. The id matching the source is required (an 订单班 has none); the
 * partner is named where the source does not imply it (a 签约, a training, an 订单班). `orgId` picks which of
 * the caller's organisations is the party, needed only for a member of several.
 */
export const CreateProjectBodySchema = z.object({
  source: ProjectSourceSchema,
  title: visibleName(text(80).min(4, '请填写项目名称（至少 4 个字）'), '项目名称'),
  goals: text(1000).min(10, '请用至少 10 个字写明合作目标'),
  chainId: IdSchema.optional(),
  eventId: IdSchema.optional(),
  challengeId: IdSchema.optional(),
  equipmentId: IdSchema.optional(),
  courseId: IdSchema.optional(),
  /** An 订单班's catalogue major. */
  majorCode: idOf(8).optional(),
  partnerOrgId: IdSchema.optional(),
  orgId: IdSchema.optional(),
  signedOn: projectDate().optional(),
  milestones: z.array(MilestoneInputSchema).max(20, '里程碑最多 20 个').default([]),
})
export type CreateProjectBody = z.infer<typeof CreateProjectBodySchema>

/**
 * The partner lookup of the project form: verified organisations by name and kind. A creator sees what the
 * timeline will show of a party (name, kind, city) and nothing of its contacts.
 */
export const PartnerQuerySchema = z.object({
  q: searchText(40).optional(),
  kind: OrgKind.schema.optional(),
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type PartnerQuery = z.infer<typeof PartnerQuerySchema>
export const PartnerSchema = z.object({ id: z.string(), name: z.string(), kind: OrgKind.schema, cityName: z.string() })
export type Partner = z.infer<typeof PartnerSchema>
export const PartnerPageSchema = z.object({ items: z.array(PartnerSchema), nextCursor: z.string().nullable() })

/** The sources whose project names one of the caller's objects (a challenge project starts from its taker card). */
export const LINKED_SOURCES = ['event_signing', 'equipment_booking', 'training'] as const
export const ProjectLinksQuerySchema = z.object({ source: z.enum(LINKED_SOURCES) })
/** What a project of that source may grow from, for this caller: `note` is a date or the owning college. */
export const ProjectLinkSchema = z.object({ id: z.string(), title: z.string(), note: z.string() })
export type ProjectLink = z.infer<typeof ProjectLinkSchema>
export const ProjectLinksSchema = z.object({ items: z.array(ProjectLinkSchema) })

export const PostProjectUpdateBodySchema = z.object({
  body: text(1000).min(2, '请写下进展（至少 2 个字）'),
  /** Marks this milestone done with the update. */
  milestoneId: IdSchema.optional(),
  statusTo: ProjectStatusSchema.optional(),
})
export type PostProjectUpdateBody = z.infer<typeof PostProjectUpdateBodySchema>

const PartySchema = z.object({ id: z.string(), name: z.string(), kind: z.string() })

export const ProjectMilestoneSchema = z.object({
  id: z.string(),
  title: z.string(),
  dueAt: z.iso.datetime(),
  doneAt: z.iso.datetime().nullable(),
})
export type ProjectMilestone = z.infer<typeof ProjectMilestoneSchema>

export const ProjectCardSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: ProjectSourceSchema,
  status: ProjectStatusSchema,
  chainName: z.string().nullable(),
  parties: z.array(PartySchema),
  milestones: z.object({ done: z.number().int(), total: z.number().int() }),
  nextMilestone: ProjectMilestoneSchema.nullable(),
  signedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  viewerRole: ProjectViewerRoleSchema,
  /**
   * 结项 one party asked for and the other has not confirmed yet (decision 107); on the card too, so the
   * ledger shows which projects wait for the caller's answer without opening each; null when none is waiting. `mine`:
   * the caller's own unit asked, so it waits (or withdraws) rather than confirms.
   */
  completionRequest: z.object({ orgId: z.string(), orgName: z.string(), requestedAt: z.iso.datetime(), mine: z.boolean() }).nullable(),
})
export type ProjectCard = z.infer<typeof ProjectCardSchema>
export const ProjectPageSchema = z.object({ items: z.array(ProjectCardSchema), nextCursor: z.string().nullable() })
export type ProjectPage = z.infer<typeof ProjectPageSchema>

export const ProjectUpdateSchema = z.object({
  id: z.string(),
  orgName: z.string(),
  body: z.string(),
  milestoneTitle: z.string().nullable(),
  statusTo: ProjectStatusSchema.nullable(),
  createdAt: z.iso.datetime(),
})
export type ProjectUpdate = z.infer<typeof ProjectUpdateSchema>

export const ProjectDetailSchema = ProjectCardSchema.omit({ milestones: true, nextMilestone: true }).extend({
  goals: z.string(),
  completedAt: z.iso.datetime().nullable(),
  event: z.object({ id: z.string(), title: z.string() }).nullable(),
  challenge: z.object({ id: z.string(), title: z.string() }).nullable(),
  major: z.object({ code: z.string(), name: z.string() }).nullable(),
  milestones: z.array(ProjectMilestoneSchema),
  /** Newest first. */
  updates: z.array(ProjectUpdateSchema),
  canPost: z.boolean(),
})
export type ProjectDetail = z.infer<typeof ProjectDetailSchema>

/** 市场验题: the enterprise records whether the accepted solution went into production and what it changed. */
export const ValidateChallengeBodySchema = z.object({
  inProduction: z.boolean(),
  effect: text(500).min(4, '请写明可衡量的成效（至少 4 个字），如：焊缝漏检率由3%降至0.6%'),
  effectValue: z.number().finite().min(-1e11, '数值超出范围').max(1e11, '数值超出范围').optional(),
  effectUnit: text(20).optional(),
})
export type ValidateChallengeBody = z.infer<typeof ValidateChallengeBodySchema>

export const ChallengeValidationSchema = z.object({
  id: z.string(),
  status: z.enum(['open', 'taken', 'closed']),
  outcome: z.enum(['open', 'closed', 'awaiting_validation', 'solved', 'not_adopted']),
  validatedAt: z.iso.datetime(),
  inProduction: z.boolean(),
  effect: z.string(),
  effectValue: z.number().nullable(),
  effectUnit: z.string().nullable(),
})
export type ChallengeValidation = z.infer<typeof ChallengeValidationSchema>
