import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import { projectPartiesProblem } from '@zhilian/shared/rules/project-parties'
import type { CreateProjectBody } from '@zhilian/shared/contracts/projects'
import { assertMayActFor } from '../../lib/acting-unit'
import { orgIdsMay, roleRefusal } from '../../lib/org-access'
import type { Principal } from '../../lib/types'
import { refuseIfSuspended } from '../../lib/suspended-unit'

/** What a source settles about a new project: its two parties, and the chain and links it inherits. */
export interface ResolvedSource {
  orgIds: [string, string]
  chainId: string | null
  links: { eventId?: string; challengeId?: string; equipmentId?: string; courseId?: string; majorCode?: string }
}

/** A 签约 is recorded at an event that took place or is taking place (not a draft or a cancelled one). */
export const SIGNABLE_EVENT_STATUSES = ['published', 'ongoing', 'finished'] as const
/** An enterprise's booking counts toward an equipment project once approved. */
export const BOOKED_FOR_PROJECT = ['approved', 'completed'] as const

const field = (path: string, message: string) => new AppError('VALIDATION_FAILED', { userMessage: message, issues: [{ path, message }] })
const missing = (what: string) => new AppError('NOT_FOUND', { userMessage: `${what}不存在或无权操作` })

/**
 * Starting a project, and looking up a partner for one, needs a verified membership whose role may cooperate
 * (decision 028); answers those organisations.
 */
export function projectStarterOrgs(user: Principal): string[] {
  const may = orgIdsMay(user, 'cooperation')
  if (may.length) return may
  const first = user.orgIds[0]
  if (first) throw roleRefusal(user.orgRoles[first] ?? 'viewer', 'cooperation', first)
  throw new AppError('NOT_VERIFIED', { userMessage: '您尚未成为已认证单位的成员，暂不能建立项目' })
}

/**
 * The caller's party: the one it names, else the one verified organisation whose role may cooperate (decision 094: a
 * member of a college and, as 只读成员, of an enterprise acts for the college without being asked). A member who may
 * cooperate for several is asked at the form's 建立单位 field.
 */
function myOrg(user: Principal, orgId: string | undefined): string {
  if (orgId) {
    // Starting a project is cooperation work (decision 028); a 只读成员 or 招聘专员 cannot.
    assertMayActFor(user, orgId, 'cooperation')
    return orgId
  }
  const [only, ...more] = projectStarterOrgs(user)
  if (more.length) throw field('orgId', '您属于多家单位，请选择以哪家单位建立项目')
  return only!
}

/**
 * A taken challenge names its two parties, so a member of several units who is a party through one of them needs
 * no pick (the challenge card has no 建立单位 field); anything else is settled by `myOrg`.
 */
async function impliedParty(tx: Prisma.TransactionClient, user: Principal, b: CreateProjectBody): Promise<string | undefined> {
  if (b.orgId || b.source !== 'challenge' || !b.challengeId) return b.orgId
  // With one cooperating unit (nearly every member) `myOrg` needs no hint, so the challenge is read only by `sourceOf`.
  const may = orgIdsMay(user, 'cooperation')
  if (may.length < 2) return undefined
  const ch = await tx.techChallenge.findUnique({
    where: { id: b.challengeId },
    select: { list: { select: { orgId: true } }, takers: { where: { status: 'accepted' }, select: { collegeOrgId: true }, take: 1 } },
  })
  const parties = may.filter((id) => id === ch?.list.orgId || id === ch?.takers[0]?.collegeOrgId)
  return parties.length === 1 ? parties[0] : undefined
}

/**
 * A suspended unit starts no project (decision 089). Its members keep acting for it (decision 083) and keep the
 * projects they have, but a new one told the partner 新的合作项目 and entered the ledger as cooperation with a unit
 * the province had taken offline. Partners are asked for a verified unit already (`partner`).
 */
const assertNotSuspended = (tx: Prisma.TransactionClient, orgId: string) =>
  refuseIfSuspended(tx, orgId, (s) => `本单位已被${s.suspendedBy}暂停（原因：${s.suspendedReason}），暂不能建立合作项目；单位恢复后可再建立`)

async function partner(tx: Prisma.TransactionClient, mine: string, id: string | undefined): Promise<string> {
  if (!id) throw field('partnerOrgId', '请选择合作单位')
  if (id === mine) throw field('partnerOrgId', '合作单位不能是本单位')
  const org = await tx.organization.findFirst({ where: { id, verification: 'verified' }, select: { id: true } })
  if (!org) throw field('partnerOrgId', '合作单位不存在或尚未认证')
  return org.id
}

/**
 * Each source names the thing the project grew from, and the caller must be one of its parties (decision 034):
 * a 签约 at an event one party exhibited at or organised; the enterprise and the accepted college of a taken
 * challenge; a college's equipment and an enterprise that booked it; a college's course delivered for an
 * enterprise; an 订单班 for one catalogue major between the caller and its partner.
 */
export async function resolveSource(tx: Prisma.TransactionClient, user: Principal, b: CreateProjectBody): Promise<ResolvedSource> {
  const mine = myOrg(user, await impliedParty(tx, user, b))
  await assertNotSuspended(tx, mine)
  const resolved = await sourceOf(tx, mine, b)
  const other = resolved.orgIds.find((id) => id !== mine)
  if (other) {
    await assertPartiesFit(tx, b.source, mine, other)
    await assertPartnerNotSuspended(tx, other)
  }
  return resolved
}

/**
 * The other party of a challenge or a booking comes from the thing itself, not from `partner`'s verified pick, so a
 * unit suspended since it took the challenge or booked the equipment would be told 新的合作项目 and enter the ledger.
 */
const assertPartnerNotSuspended = (tx: Prisma.TransactionClient, orgId: string) =>
  refuseIfSuspended(tx, orgId, () => '合作单位已被暂停，暂不能与其建立合作项目；对方恢复后可再建立')

/**
 * Each source joins one unit of each of its two sides (`PROJECT_PARTIES`, decision 107; 订单班 since decision 100).
 * Any verified partner was taken: two enterprises — or one member of two, decision 094 — signed with each other or
 * opened an 订单班 between themselves, and each counted a completed 校企 project in the 成效 record.
 */
async function assertPartiesFit(tx: Prisma.TransactionClient, source: CreateProjectBody['source'], mine: string, other: string) {
  const orgs = await tx.organization.findMany({ where: { id: { in: [mine, other] } }, select: { id: true, kind: true } })
  const kindOf = (id: string) => orgs.find((o) => o.id === id)?.kind
  const [mineKind, otherKind] = [kindOf(mine), kindOf(other)]
  const problem = mineKind && otherKind ? projectPartiesProblem(source, mineKind, otherKind) : null
  if (problem) throw field(problem.field, problem.message)
}

async function sourceOf(tx: Prisma.TransactionClient, mine: string, b: CreateProjectBody): Promise<ResolvedSource> {
  switch (b.source) {
    case 'event_signing': {
      if (!b.eventId) throw field('eventId', '请选择签约所在的活动')
      const other = await partner(tx, mine, b.partnerOrgId)
      const event = await tx.event.findFirst({ where: { id: b.eventId, status: { in: [...SIGNABLE_EVENT_STATUSES] } }, select: { id: true, organizerOrgId: true, booths: { where: { status: 'approved', orgId: { in: [mine, other] } }, select: { id: true }, take: 1 }, chains: { select: { chainId: true }, take: 1 } } })
      if (!event) throw missing('活动')
      const there = event.booths.length > 0 || (!!event.organizerOrgId && [mine, other].includes(event.organizerOrgId))
      if (!there) throw field('eventId', '签约双方至少一方应在该活动参展或主办该活动')
      return { orgIds: [mine, other], chainId: event.chains[0]?.chainId ?? null, links: { eventId: event.id } }
    }
    case 'challenge': {
      if (!b.challengeId) throw field('challengeId', '请选择揭榜挂帅难题')
      const ch = await tx.techChallenge.findFirst({
        where: { id: b.challengeId, status: 'taken' },
        select: { id: true, chainId: true, list: { select: { orgId: true } }, takers: { where: { status: 'accepted' }, select: { collegeOrgId: true }, take: 1 } },
      })
      const college = ch?.takers[0]?.collegeOrgId
      if (!ch || !college || ![ch.list.orgId, college].includes(mine)) throw missing('揭榜挂帅难题')
      const existing = await tx.project.findUnique({ where: { challengeId: ch.id }, select: { id: true } })
      if (existing) throw new AppError('DUPLICATE', { userMessage: '该难题已建立合作项目' })
      return { orgIds: [ch.list.orgId, college], chainId: ch.chainId, links: { challengeId: ch.id } }
    }
    case 'equipment_booking': {
      if (!b.equipmentId) throw field('equipmentId', '请选择共享设备')
      const eq = await tx.equipment.findUnique({ where: { id: b.equipmentId }, select: { id: true, list: { select: { collegeId: true } }, chains: { select: { chainId: true }, take: 1 } } })
      if (!eq) throw missing('设备')
      const college = eq.list.collegeId
      const chainId = eq.chains[0]?.chainId ?? null
      const bookedBy = (enterpriseOrgId: string) => tx.equipmentBooking.count({ where: { equipmentId: eq.id, enterpriseOrgId, status: { in: [...BOOKED_FOR_PROJECT] } } })
      if (mine !== college) {
        // An enterprise names equipment it had approved bookings of, else it learns nothing about it; the owning
        // college is the other party.
        if ((await bookedBy(mine)) === 0) throw missing('设备')
        if (b.partnerOrgId && b.partnerOrgId !== college) throw field('partnerOrgId', '设备共享项目的合作单位是设备所属院校')
        return { orgIds: [college, mine], chainId, links: { equipmentId: eq.id } }
      }
      const enterprise = await partner(tx, mine, b.partnerOrgId)
      if ((await bookedBy(enterprise)) === 0) throw field('partnerOrgId', '该单位没有获批的设备预约，不能建立设备共享项目')
      return { orgIds: [college, enterprise], chainId, links: { equipmentId: eq.id } }
    }
    case 'training': {
      if (!b.courseId) throw field('courseId', '请选择培训课程')
      const course = await tx.trainingCourse.findFirst({ where: { id: b.courseId, list: { collegeId: mine } }, select: { id: true, chains: { select: { chainId: true }, take: 1 } } })
      if (!course) throw missing('培训课程')
      return { orgIds: [mine, await partner(tx, mine, b.partnerOrgId)], chainId: course.chains[0]?.chainId ?? null, links: { courseId: course.id } }
    }
    case 'order_class': {
      // An 订单班 trains for one catalogue major; the class itself is the two parties' agreement.
      if (!b.majorCode) throw field('majorCode', '请选择订单班对应的专业')
      const major = await tx.major.findFirst({ where: { code: b.majorCode, status: 'active' }, select: { code: true } })
      if (!major) throw field('majorCode', '专业不在现行专业目录中')
      const other = await partner(tx, mine, b.partnerOrgId)
      return { orgIds: [mine, other], chainId: null, links: { majorCode: major.code } }
    }
  }
}
