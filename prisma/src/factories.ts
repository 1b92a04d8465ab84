/**
 * Data builders shared by the seed and the tests. Each takes the client and overrides, fills the
 * rest with valid values (USCCs with a correct check character, real cities and chains), and
 * returns the created row. Reference tables are loaded on first use, so a fresh test database
 * needs no other setup.
 */
import { randomInt } from 'node:crypto'
import { usccCheckChar } from '@zhilian/shared'
import type { Prisma, PrismaClient } from '../generated/client/client'
import { hashPassword } from './password'
import { ensureReference } from './seed/reference'

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/**
 * A unified social credit code: `91` for enterprises, `12` (事业单位) for public colleges, the
 * registering city's adcode, a 9-character body, and the GB 32100 check character.
 */
export function makeUscc(kind: 'college' | 'enterprise', regionCode: string, body9?: string): string {
  const body = body9 ?? Array.from({ length: 9 }, () => CODE_CHARS[randomInt(CODE_CHARS.length)]).join('')
  const first17 = `${kind === 'enterprise' ? '91' : '12'}${regionCode}${body}`
  return first17 + usccCheckChar(first17)
}

let counter = 0
const next = () => `${Date.now().toString(36)}${(++counter).toString(36)}${randomInt(1296).toString(36)}`

type OrgOverrides = Partial<Prisma.OrganizationUncheckedCreateInput> & { chainIds?: string[] }

async function createOrg(prisma: PrismaClient, kind: 'college' | 'enterprise', overrides: OrgOverrides) {
  await ensureReference(prisma)
  const { chainIds = ['SD-C02'], ...data } = overrides
  const cityCode = data.cityCode ?? '370300'
  const n = next()
  return prisma.organization.create({
    data: {
      kind,
      name: kind === 'college' ? `测试职业学院${n}` : `测试精密机械有限公司${n}`,
      uscc: makeUscc(kind, cityCode),
      cityCode,
      nature: kind === 'enterprise' ? 'private' : null,
      verification: 'verified',
      contactName: '王明',
      contactPhone: '13800000000',
      contactTitle: kind === 'college' ? '校企合作处处长' : '人力资源部经理',
      contactEmail: `contact-${n}@example.cn`,
      ...data,
      chains: { create: chainIds.map((chainId) => ({ chainId })) },
    },
  })
}

/** A verified college (override `verification` for other states) linked to 高端装备 by default. */
export const createCollege = (prisma: PrismaClient, overrides: OrgOverrides = {}) => createOrg(prisma, 'college', overrides)

/** A verified private enterprise in 淄博 linked to 高端装备 by default. */
export const createEnterprise = (prisma: PrismaClient, overrides: OrgOverrides = {}) => createOrg(prisma, 'enterprise', overrides)

type UserOverrides = Partial<Prisma.UserUncheckedCreateInput> & { password?: string }

export async function createUser(prisma: PrismaClient, overrides: UserOverrides = {}) {
  const { password, ...data } = overrides
  const n = next()
  return prisma.user.create({
    data: {
      role: 'student',
      displayName: `用户${n}`,
      username: `user_${n}`,
      openid: `o_test_${n}`,
      ...(password ? { passwordHash: await hashPassword(password) } : {}),
      ...data,
    },
  })
}

export const createAdmin = (prisma: PrismaClient, overrides: UserOverrides = {}) =>
  createUser(prisma, { role: 'admin', displayName: '平台管理员', ...overrides })

type MembershipOverrides = { status?: 'pending' | 'verified' | 'rejected' | 'changes_requested'; isOwner?: boolean; orgRole?: 'manager' | 'hr' | 'list_filler' | 'viewer' }

/** A user of `org`'s kind with a membership (verified, not owner, unless overridden); every kind but a college signs in as 单位 (enterprise role, decision 022). */
export async function createMember(
  prisma: PrismaClient,
  org: { id: string; kind: string },
  overrides: MembershipOverrides & { user?: UserOverrides } = {},
) {
  const user = await createUser(prisma, { role: org.kind === 'college' ? 'college' : 'enterprise', ...overrides.user })
  const membership = await addMembership(prisma, user.id, org, overrides)
  return { user, membership }
}

/** One more membership for an existing user: a member of several units (decision 094). */
export function addMembership(
  prisma: PrismaClient,
  userId: string,
  org: { id: string },
  overrides: MembershipOverrides = {},
) {
  return prisma.membership.create({
    data: { userId, orgId: org.id, status: overrides.status ?? 'verified', isOwner: overrides.isOwner ?? false, ...(overrides.orgRole ? { orgRole: overrides.orgRole } : {}) },
  })
}

type ProfileOverrides = Partial<Omit<Prisma.StudentProfileUncheckedCreateInput, 'userId'>>

/** A student user with a complete profile (associate level, 机电一体化技术, grade 3). */
export async function createStudent(prisma: PrismaClient, overrides: { user?: UserOverrides; profile?: ProfileOverrides } = {}) {
  await ensureReference(prisma)
  const user = await createUser(prisma, { role: 'student', displayName: '李同学', ...overrides.user })
  await prisma.studentProfile.create({
    data: {
      userId: user.id,
      realName: '李华',
      majorCode: '460301',
      grade: 3,
      graduationYear: 2027,
      education: 'associate',
      skills: ['PLC编程', 'CAD制图', '数控车床操作'],
      certificates: ['电工（中级）'],
      expectedCities: ['370300', '370100'],
      expectedChains: ['SD-C02'],
      ...overrides.profile,
    },
  })
  return prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { studentProfile: true } })
}

let listYear = 2000

/** A college with a supply list in `status` holding one training course (a seat count of 30 by default). */
export async function createCourse(
  prisma: PrismaClient,
  course: Partial<{ title: string; content: string; chainId: string | null; cityCode: string | null; format: 'online' | 'offline' | 'hybrid'; seatsPerSession: number | null; yearlyCapacity: number; startDate: Date | null; fee: number | null }> = {},
  status: 'approved' | 'submitted' = 'approved',
) {
  const college = await createCollege(prisma)
  const list = await prisma.supplyList.create({ data: { collegeId: college.id, year: ++listYear, status, ...(status === 'approved' ? { approvedVersion: 1 } : {}) } })
  const { chainId = 'SD-C02', ...fields } = course
  return prisma.trainingCourse.create({
    data: {
      listId: list.id,
      title: '数控加工技术提升班',
      content: '数控车床编程与操作实训',
      chains: { create: chainId ? [{ chainId }] : [] },
      format: 'offline',
      periodDays: 5,
      hours: 40,
      yearlyCapacity: 200,
      seatsPerSession: 30,
      cityCode: '370300',
      startDate: new Date(Date.now() + 14 * 86_400_000),
      ...fields,
    },
  })
}

type JobOverrides = Partial<Prisma.JobUncheckedCreateInput> & {
  skills?: { name: string; level: Prisma.JobSkillCreateWithoutJobInput['level'] }[]
  majorCodes?: string[]
}

/** An open job (an enterprise is created when `orgId` is not given), with skills and majors. */
export async function createJob(prisma: PrismaClient, overrides: JobOverrides = {}) {
  await ensureReference(prisma)
  const { skills = [{ name: 'PLC编程', level: 'intermediate' }, { name: '设备维护', level: 'basic' }], majorCodes = ['460301'], ...data } = overrides
  const orgId = data.orgId ?? (await createEnterprise(prisma)).id
  return prisma.job.create({
    data: {
      title: '设备维护技术员',
      type: 'full_time',
      headcount: 3,
      education: 'associate',
      minYearsExperience: 0,
      cityCode: '370300',
      salaryMin: 5000,
      salaryMax: 7500,
      chainId: 'SD-C02',
      status: 'open',
      description: '负责生产线设备的日常点检、保养与故障排除。',
      publishedAt: new Date(),
      ...data,
      orgId,
      skills: { create: skills },
      majors: { create: majorCodes.map((majorCode) => ({ majorCode })) },
    },
    include: { skills: true, majors: true },
  })
}

/** A published job fair in 淄博 next month, created by an admin (made when not given). */
export async function createEvent(prisma: PrismaClient, overrides: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  await ensureReference(prisma)
  const createdByUserId = overrides.createdByUserId ?? (await createAdmin(prisma)).id
  const startsAt = new Date(Date.now() + 30 * 86_400_000)
  return prisma.event.create({
    data: {
      kind: 'job_fair',
      format: 'onsite',
      title: '高端装备产业链专场双选会',
      cityCode: '370300',
      venue: '淄博职业学院体育馆',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
      status: 'published',
      capacity: 800,
      ...overrides,
      createdByUserId,
    },
  })
}

type ProjectOverrides = Partial<Omit<Prisma.ProjectUncheckedCreateInput, 'parties' | 'milestones'>> & {
  milestones?: { title: string; dueAt: Date; doneAt?: Date | null }[]
}

/** A cooperation project (decision 034) between `parties`, an 订单班 signed today unless overridden. */
export async function createProject(prisma: PrismaClient, parties: string[], overrides: ProjectOverrides = {}) {
  const { milestones = [], ...data } = overrides
  return prisma.project.create({
    data: {
      title: '数控技术订单班',
      source: 'order_class',
      goals: '联合培养数控技术技能人才，学生毕业后进入企业对口岗位',
      signedAt: new Date(),
      ...data,
      parties: { create: parties.map((orgId) => ({ orgId })) },
      milestones: { create: milestones },
    },
  })
}

/**
 * An enterprise's approved booth at `eventId` with `count` one-minute interview slots from `from` (ISO) on, written
 * directly (the route opens one at a time and caps a booth at 100): a fair whose slots fill the event-wide list.
 */
export async function createBoothWithSlots(prisma: PrismaClient, eventId: string, count: number, from: string) {
  const startsAt = new Date(from)
  const org = await createEnterprise(prisma)
  const booth = await prisma.booth.create({ data: { eventId, orgId: org.id, status: 'approved' } })
  await prisma.interviewSlot.createMany({ data: Array.from({ length: count }, (_, i) => ({
    boothId: booth.id, startsAt: new Date(startsAt.getTime() + i * 60_000), endsAt: new Date(startsAt.getTime() + (i + 1) * 60_000),
  })) })
  return booth
}
