/**
 * The seed builds every row in memory first (deterministic ids, fixed dates), then inserts table by
 * table with createMany. This holds the rows and what the builders share.
 */
import { reference } from '@zhilian/shared/reference'
import type { Prisma } from '../../generated/client/client'
import { createRng, type Rng } from './rng'

export interface Rows {
  grouping: Prisma.GroupingCreateManyInput[]
  user: Prisma.UserCreateManyInput[]
  organization: Prisma.OrganizationCreateManyInput[]
  orgChain: Prisma.OrgChainCreateManyInput[]
  orgLabel: Prisma.OrgLabelCreateManyInput[]
  membership: Prisma.MembershipCreateManyInput[]
  groupingMember: Prisma.GroupingMemberCreateManyInput[]
  studentProfile: Prisma.StudentProfileCreateManyInput[]
  supplyList: Prisma.SupplyListCreateManyInput[]
  majorOffering: Prisma.MajorOfferingCreateManyInput[]
  majorOfferingChain: Prisma.MajorOfferingChainCreateManyInput[]
  enrolment: Prisma.EnrolmentCreateManyInput[]
  graduateCohort: Prisma.GraduateCohortCreateManyInput[]
  graduateDestination: Prisma.GraduateDestinationCreateManyInput[]
  faculty: Prisma.FacultyCreateManyInput[]
  equipment: Prisma.EquipmentCreateManyInput[]
  equipmentChain: Prisma.EquipmentChainCreateManyInput[]
  equipmentBooking: Prisma.EquipmentBookingCreateManyInput[]
  researchProject: Prisma.ResearchProjectCreateManyInput[]
  researchProjectChain: Prisma.ResearchProjectChainCreateManyInput[]
  intellectualProperty: Prisma.IntellectualPropertyCreateManyInput[]
  trainingCourse: Prisma.TrainingCourseCreateManyInput[]
  trainingCourseChain: Prisma.TrainingCourseChainCreateManyInput[]
  caseStudy: Prisma.CaseStudyCreateManyInput[]
  trainingEnrolment: Prisma.TrainingEnrolmentCreateManyInput[]
  auditLog: Prisma.AuditLogCreateManyInput[]
  demandList: Prisma.DemandListCreateManyInput[]
  job: Prisma.JobCreateManyInput[]
  jobSkill: Prisma.JobSkillCreateManyInput[]
  jobMajor: Prisma.JobMajorCreateManyInput[]
  trainingNeed: Prisma.TrainingNeedCreateManyInput[]
  techChallenge: Prisma.TechChallengeCreateManyInput[]
  challengeTaker: Prisma.ChallengeTakerCreateManyInput[]
  resourceRequest: Prisma.ResourceRequestCreateManyInput[]
  application: Prisma.ApplicationCreateManyInput[]
  applicationEvent: Prisma.ApplicationEventCreateManyInput[]
  interview: Prisma.InterviewCreateManyInput[]
  event: Prisma.EventCreateManyInput[]
  eventChain: Prisma.EventChainCreateManyInput[]
  eventSession: Prisma.EventSessionCreateManyInput[]
  booth: Prisma.BoothCreateManyInput[]
  boothJob: Prisma.BoothJobCreateManyInput[]
  interviewSlot: Prisma.InterviewSlotCreateManyInput[]
  eventRegistration: Prisma.EventRegistrationCreateManyInput[]
  scheduleItem: Prisma.ScheduleItemCreateManyInput[]
  inboxMessage: Prisma.InboxMessageCreateManyInput[]
  listVersion: Prisma.ListVersionCreateManyInput[]
  project: Prisma.ProjectCreateManyInput[]
  projectParty: Prisma.ProjectPartyCreateManyInput[]
  projectMilestone: Prisma.ProjectMilestoneCreateManyInput[]
  projectUpdate: Prisma.ProjectUpdateCreateManyInput[]
}

/** Insert order: every table after the tables its foreign keys point to. */
export const TABLES: (keyof Rows)[] = [
  'grouping', 'user', 'organization', 'orgChain', 'orgLabel', 'membership', 'groupingMember', 'studentProfile',
  'supplyList', 'majorOffering', 'majorOfferingChain', 'enrolment', 'graduateCohort', 'graduateDestination', 'faculty',
  'equipment', 'equipmentChain', 'equipmentBooking', 'researchProject', 'researchProjectChain', 'intellectualProperty',
  'trainingCourse', 'trainingCourseChain', 'caseStudy', 'trainingEnrolment', 'auditLog',
  'demandList', 'job', 'jobSkill', 'jobMajor', 'trainingNeed', 'techChallenge', 'challengeTaker', 'resourceRequest',
  'application', 'applicationEvent', 'interview',
  'event', 'eventChain', 'eventSession', 'booth', 'boothJob', 'interviewSlot', 'eventRegistration', 'scheduleItem', 'inboxMessage', 'listVersion',
  'project', 'projectParty', 'projectMilestone', 'projectUpdate',
]

const DAY = 86_400_000
const SHANGHAI_OFFSET = 8 * 3_600_000

/** The calendar year of `at` in Asia/Shanghai. */
export function shanghaiYear(at: Date): number {
  return new Date(at.getTime() + SHANGHAI_OFFSET).getUTCFullYear()
}

/**
 * Midnight of `now`'s calendar day in Asia/Shanghai (a fixed +08:00, no DST). The demo's "today": every seeded
 * date is placed relative to it, so fairs, deadlines and registration windows are current whenever the seed runs.
 */
export function shanghaiMidnight(now: Date = new Date()): Date {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET)
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - SHANGHAI_OFFSET)
}

export interface SeedContext {
  rng: Rng
  rows: Rows
  ref: ReturnType<typeof reference>
  /** Vocational-college (高职专科) majors of each chain, core first. */
  majorsByChain: Map<string, string[]>
  chainName: Map<string, string>
  /** The demo's "today" (midnight, Shanghai). */
  today: Date
  /** `days` before (negative: after) today, at `hour` o'clock Shanghai time. */
  daysAgo(days: number, hour?: number): Date
}

export function createContext(seed: number, today: Date = shanghaiMidnight()): SeedContext {
  const ref = reference()
  const level = new Map(ref.majors.map((m) => [m.code, m.level]))
  const majorsByChain = new Map<string, string[]>()
  for (const link of [...ref.chainMajors].sort((a, b) => (a.relevance === 'core' ? 0 : 1) - (b.relevance === 'core' ? 0 : 1))) {
    if (level.get(link.majorCode) !== '高职专科') continue
    const list = majorsByChain.get(link.chainId) ?? []
    if (!list.includes(link.majorCode)) list.push(link.majorCode)
    majorsByChain.set(link.chainId, list)
  }
  const rows = Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Rows
  return {
    rng: createRng(seed),
    rows,
    ref,
    majorsByChain,
    chainName: new Map(ref.chains.map((c) => [c.id, c.name])),
    today,
    daysAgo: (days, hour = 9) => new Date(today.getTime() - days * DAY + hour * 3_600_000),
  }
}
