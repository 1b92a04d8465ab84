import { z } from 'zod'
import { CursorSchema, IdSchema, idOf } from './common'
import { DeliveryMode, JobType } from './enums'
import { searchText, text } from './text'

/** How many candidates a matching list returns (best first). */
export const MatchQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) })
export type MatchQuery = z.infer<typeof MatchQuerySchema>

const Parts = <K extends string>(keys: readonly [K, ...K[]]) => z.object(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<K, z.ZodNumber>)

export const SupplyMatchPartsSchema = Parts(['relevance', 'graduates', 'enrolment', 'distance', 'destinations'] as const)
/** How the major fits the job's text (rules/match-text): the parts behind `relevance`. */
export const TextFitPartsSchema = Parts(['text', 'phrase', 'cont', 'chain', 'named', 'level'] as const)

/** One college × major that can staff a demand, with the numbers behind its score. */
export const SupplyMatchItemSchema = z.object({
  collegeId: z.string(),
  collegeName: z.string(),
  cityCode: z.string(),
  cityName: z.string(),
  majorCode: z.string(),
  majorName: z.string(),
  score: z.number(),
  hasSupply: z.boolean(),
  distanceKm: z.number().nullable(),
  graduates: z.number().int(),
  graduatesYear: z.number().int().nullable(),
  enrolment: z.number().int(),
  /** Chinese sentences with the figures, e.g. "淄博职业学院 机电一体化技术：2025届毕业生 312 人，同城". */
  reasons: z.array(z.string()),
  parts: SupplyMatchPartsSchema,
})
export type SupplyMatchItem = z.infer<typeof SupplyMatchItemSchema>

export const MatchJobSchema = z.object({
  id: z.string(),
  title: z.string(),
  type: JobType.schema,
  headcount: z.number().int(),
  cityCode: z.string(),
  chainId: z.string().nullable(),
  chainName: z.string().nullable(),
  majorCodes: z.array(z.string()),
})

export const JobSupplyMatchSchema = z.object({ job: MatchJobSchema, candidates: z.number().int(), items: z.array(SupplyMatchItemSchema) })
export type JobSupplyMatch = z.infer<typeof JobSupplyMatchSchema>

export const DemandListSupplyMatchSchema = z.object({
  listId: z.string(),
  org: z.object({ id: z.string(), name: z.string() }),
  jobs: z.array(JobSupplyMatchSchema),
})
export type DemandListSupplyMatch = z.infer<typeof DemandListSupplyMatchSchema>

export const CourseMatchItemSchema = z.object({
  courseId: z.string(),
  title: z.string(),
  collegeId: z.string(),
  collegeName: z.string(),
  format: DeliveryMode.schema,
  yearlyCapacity: z.number().int(),
  score: z.number(),
  reasons: z.array(z.string()),
  parts: Parts(['content', 'format', 'period', 'capacity'] as const),
})
export const TrainingNeedMatchSchema = z.object({
  need: z.object({ id: z.string(), content: z.string(), perYear: z.number().int(), format: DeliveryMode.schema }),
  items: z.array(CourseMatchItemSchema),
})
export type TrainingNeedMatch = z.infer<typeof TrainingNeedMatchSchema>

export const CollegeForChallengeSchema = z.object({
  collegeId: z.string(),
  collegeName: z.string(),
  cityCode: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
  parts: Parts(['text', 'projects', 'patents', 'equipment', 'faculty'] as const),
})
export const ChallengeCollegesMatchSchema = z.object({
  challenge: z.object({ id: z.string(), title: z.string() }),
  items: z.array(CollegeForChallengeSchema),
})
export type ChallengeCollegesMatch = z.infer<typeof ChallengeCollegesMatchSchema>

export const EquipmentMatchItemSchema = z.object({
  equipmentId: z.string(),
  name: z.string(),
  model: z.string().nullable(),
  quantity: z.number().int(),
  coreFunction: z.string(),
  openHours: z.string().nullable(),
  fee: z.enum(['free', 'paid']).nullable(),
  collegeId: z.string(),
  collegeName: z.string(),
  cityCode: z.string(),
  distanceKm: z.number().nullable(),
  score: z.number(),
  reasons: z.array(z.string()),
})
export const EquipmentRequestMatchSchema = z.object({
  request: z.object({ id: z.string(), description: z.string() }),
  items: z.array(EquipmentMatchItemSchema),
})
export type EquipmentRequestMatch = z.infer<typeof EquipmentRequestMatchSchema>

/** College view: the jobs its majors can fill, the enterprises behind them, and skill points it teaches least. */
export const CollegeDemandMatchSchema = z.object({
  college: z.object({ id: z.string(), name: z.string(), cityCode: z.string() }),
  jobs: z.array(z.object({
    jobId: z.string(),
    title: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    cityCode: z.string(),
    headcount: z.number().int(),
    majorCode: z.string(),
    majorName: z.string(),
    score: z.number(),
    reasons: z.array(z.string()),
  })),
  enterprises: z.array(z.object({ orgId: z.string(), orgName: z.string(), jobs: z.number().int(), headcount: z.number().int(), bestScore: z.number() })),
  skillGaps: z.array(z.object({ skill: z.string(), headcount: z.number().int(), jobs: z.number().int() })),
  /** How skill gaps are found, in Chinese, for the page to show. */
  heuristic: z.string(),
})
export type CollegeDemandMatch = z.infer<typeof CollegeDemandMatchSchema>

export const ExplainQuerySchema = z.object({ jobId: IdSchema, collegeId: IdSchema, majorCode: idOf(16) })
export type ExplainQuery = z.infer<typeof ExplainQuerySchema>

/**
 * 为什么匹配's job search: open jobs of organisations in the administrator's scope, by a word of the title, a skill or
 * the enterprise's name (decision 084). The public job search would find jobs a city bureau cannot have explained.
 */
export const ExplainJobsQuerySchema = z.object({ q: searchText(40).optional() })
export type ExplainJobsQuery = z.infer<typeof ExplainJobsQuerySchema>
export const ExplainJobOptionSchema = z.object({
  id: z.string(), title: z.string(), org: z.object({ name: z.string() }), city: z.object({ name: z.string() }),
})
export const ExplainJobsSchema = z.object({ items: z.array(ExplainJobOptionSchema) })

export const MatchExplanationSchema = z.object({
  job: MatchJobSchema,
  college: z.object({ id: z.string(), name: z.string(), cityCode: z.string() }),
  majorCode: z.string(),
  majorName: z.string().nullable(),
  /** The pair is a candidate at all (the major is named by the job or linked to its chain). */
  candidate: z.boolean(),
  /** It appears in the list GET /matching/jobs/:id/supply returns with the default limit. */
  listed: z.boolean(),
  rank: z.number().int().nullable(),
  candidates: z.number().int(),
  score: z.number().nullable(),
  parts: SupplyMatchPartsSchema.nullable(),
  weights: SupplyMatchPartsSchema,
  threshold: z.object({ listLimit: z.number().int(), lowestListedScore: z.number().nullable(), emptyRowCap: z.number() }),
  reasons: z.array(z.string()),
  /** The major against the job's text, whether or not the college offers it: rank among all majors, parts, evidence. */
  textFit: z.object({
    rank: z.number().int().nullable(),
    /** How many majors compete for the job (the rest are not candidates). */
    candidateLimit: z.number().int(),
    score: z.number(),
    parts: TextFitPartsSchema,
    weights: TextFitPartsSchema,
    evidence: z.array(z.string()),
  }),
  /** One Chinese sentence: why it was or was not matched. */
  verdict: z.string(),
})
export type MatchExplanation = z.infer<typeof MatchExplanationSchema>

// ───────────── 揭榜挂帅: open challenges, colleges taking them up, the enterprise accepting one ─────────────

export const ChallengeListQuerySchema = z.object({
  chainId: idOf(16).optional(),
  cityCode: z.string().regex(/^\d{6}$/).optional(),
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type ChallengeListQuery = z.infer<typeof ChallengeListQuerySchema>

export const ChallengeCardSchema = z.object({
  id: z.string(),
  title: z.string(),
  problem: z.string(),
  target: z.string(),
  deadline: z.iso.datetime().nullable(),
  budgetWan: z.number().nullable(),
  chainId: z.string().nullable(),
  chainName: z.string().nullable(),
  status: z.enum(['open', 'taken', 'closed']),
  org: z.object({ id: z.string(), name: z.string(), cityCode: z.string() }),
  takers: z.number().int(),
  createdAt: z.iso.datetime(),
})
export type ChallengeCard = z.infer<typeof ChallengeCardSchema>
export const ChallengePageSchema = z.object({ items: z.array(ChallengeCardSchema), nextCursor: z.string().nullable() })

export const TakeChallengeBodySchema = z.object({
  proposal: text(2000).min(10, '请至少用 10 个字说明攻关方案'),
  /** Needed only when the caller is a verified member of several colleges. */
  collegeId: IdSchema.optional(),
})
export type TakeChallengeBody = z.infer<typeof TakeChallengeBodySchema>

export const ChallengeTakerSchema = z.object({
  id: z.string(),
  challengeId: z.string(),
  collegeId: z.string(),
  collegeName: z.string(),
  proposal: z.string(),
  status: z.enum(['submitted', 'accepted', 'declined', 'withdrawn']),
  createdAt: z.iso.datetime(),
})
export type ChallengeTaker = z.infer<typeof ChallengeTakerSchema>

export const TakerParamsSchema = z.object({ id: IdSchema, takerId: IdSchema })

export const AcceptTakerResultSchema = z.object({
  challenge: z.object({ id: z.string(), status: z.enum(['open', 'taken', 'closed']) }),
  accepted: ChallengeTakerSchema,
  declined: z.number().int(),
})
export type AcceptTakerResult = z.infer<typeof AcceptTakerResultSchema>

/** GET /challenges/:id/takers: the owning enterprise (or an admin) sees every college that took the challenge up. */
export const ChallengeTakerListSchema = z.object({
  challenge: z.object({
    id: z.string(), title: z.string(), status: z.enum(['open', 'taken', 'closed']),
    /** 市场验题 (decision 034): solved only once the enterprise validated the accepted solution in production. */
    outcome: z.enum(['open', 'closed', 'awaiting_validation', 'solved', 'not_adopted']),
    inProduction: z.boolean().nullable(),
    effect: z.string().nullable(),
  }),
  items: z.array(ChallengeTakerSchema),
})
export type ChallengeTakerList = z.infer<typeof ChallengeTakerListSchema>

/**
 * GET /matching/mine: what an enterprise member can ask matches for — its live jobs and the rows of
 * its submitted demand list — so the matches page can offer a picker instead of asking for ids.
 */
export const MyMatchablesSchema = z.object({
  demandLists: z.array(z.object({ id: z.string(), orgName: z.string() })),
  jobs: z.array(z.object({ id: z.string(), title: z.string(), headcount: z.number().int() })),
  trainingNeeds: z.array(z.object({ id: z.string(), content: z.string(), perYear: z.number().int() })),
  challenges: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(['open', 'taken', 'closed']), takers: z.number().int() })),
  equipmentRequests: z.array(z.object({ id: z.string(), description: z.string() })),
})
export type MyMatchables = z.infer<typeof MyMatchablesSchema>

/** What each part of a match score is called on screen (supply, training, challenge parts). */
export const SCORE_PART_LABELS: Record<string, string> = {
  relevance: '专业对口', graduates: '毕业生', enrolment: '在校生', distance: '距离', destinations: '去向',
  content: '内容', format: '形式', period: '时间', capacity: '容量',
  text: '成果相关', projects: '科研项目', patents: '知识产权', equipment: '设备', faculty: '师资',
}

/** The parts of a major's fit to a job's text (decision 018). */
export const TEXT_PART_LABELS: Record<string, string> = {
  text: '文本相关度', phrase: '职业/岗位命中', cont: '中高本接续', chain: '产业链', named: '企业点名', level: '学历层次',
}
