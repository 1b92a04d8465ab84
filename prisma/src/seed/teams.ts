/**
 * The demo company as a team (decision 028) and what its cooperation with 淄博职业学院 achieved this year
 * (decision 029): its owner (demo_enterprise) with an HR member and a list filler who joined by invitation, the
 * join recorded in the audit log; equipment hours it used at the college and a course the college has started.
 * Built after everything else, so the other builders' random draws (and the rows they make) stay as they were.
 */
import { TEAM_DEMO_ACCOUNTS, type DemoUsers } from './accounts'
import type { SeedContext } from './context'
import type { SeededOrg } from './organizations'

export function buildTeams(ctx: SeedContext, passwordHash: string, demo: DemoUsers, colleges: SeededOrg[], enterprises: SeededOrg[], studentIds: string[]) {
  const company = enterprises.find((e) => e.ownerUserId === demo.demo_enterprise.id)
  const college = colleges.find((c) => c.name === '淄博职业学院')
  if (!company || !college) return
  TEAM_DEMO_ACCOUNTS.forEach((account, i) => {
    const id = ctx.rng.id()
    const joinedAt = ctx.daysAgo(60 - i * 10)
    ctx.rows.user.push({
      id, role: account.role, username: account.username, openid: account.openid, passwordHash, displayName: account.displayName,
      phone: `1380531${String(900 + i).padStart(4, '0')}`, createdAt: joinedAt, updatedAt: joinedAt,
    })
    const membershipId = ctx.rng.id()
    ctx.rows.membership.push({ id: membershipId, userId: id, orgId: company.id, status: 'verified', orgRole: account.orgRole, createdAt: joinedAt, updatedAt: joinedAt })
    const codeHint = `${'ABCDEFGH'[i]}${i + 2}`
    ctx.rows.auditLog.push(
      { id: ctx.rng.id(), actorUserId: demo.demo_enterprise.id, orgId: company.id, action: 'member.invite', entity: 'OrgInvitation', entityId: ctx.rng.id(), diff: { role: account.orgRole, codeHint, hours: 72 }, at: new Date(joinedAt.getTime() - 3_600_000) },
      { id: ctx.rng.id(), actorUserId: id, orgId: company.id, action: 'member.join', entity: 'Membership', entityId: membershipId, diff: { member: account.displayName, role: account.orgRole, codeHint }, at: joinedAt },
    )
  })

  const collegeLists = new Set(ctx.rows.supplyList.filter((l) => l.collegeId === college.id).map((l) => l.id))
  // Three finished four-hour sessions on the college's open equipment, and one still waiting for approval.
  const equipment = ctx.rows.equipment.filter((e) => collegeLists.has(e.listId) && e.open).slice(0, 2)
  equipment.forEach((e, i) => {
    for (const days of i === 0 ? [40, 18] : [25]) {
      const start = ctx.daysAgo(days, 9)
      ctx.rows.equipmentBooking.push({
        id: ctx.rng.id(), equipmentId: e.id!, enterpriseOrgId: company.id, requestedByUserId: demo.demo_enterprise.id, start,
        end: new Date(start.getTime() + 4 * 3_600_000), status: 'completed', note: '试制零件加工', createdAt: ctx.daysAgo(days + 7), updatedAt: start,
      })
    }
  })
  const first = equipment[0]
  if (first) {
    const start = ctx.daysAgo(-9, 9)
    ctx.rows.equipmentBooking.push({ id: ctx.rng.id(), equipmentId: first.id!, enterpriseOrgId: company.id, requestedByUserId: demo.demo_enterprise.id, start, end: new Date(start.getTime() + 3 * 3_600_000), status: 'requested', note: '小批量试产', createdAt: ctx.daysAgo(1), updatedAt: ctx.daysAgo(1) })
  }
  // One of the college's courses began three weeks ago with a dozen trainees.
  const course = ctx.rows.trainingCourse.find((t) => collegeLists.has(t.listId))
  if (course) {
    course.startDate = ctx.daysAgo(21)
    for (const studentUserId of studentIds.slice(0, 12)) ctx.rows.trainingEnrolment.push({ id: ctx.rng.id(), courseId: course.id!, studentUserId, createdAt: ctx.daysAgo(30) })
  }
}
