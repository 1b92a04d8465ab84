import { describe, expect, it } from 'vitest'
import { buildDemoRows, DEMO_ACCOUNTS } from './index'

describe('demo rows behind the README', () => {
  it('give the demo enterprise a challenge with a college’s proposal to accept (企业工作台 → 产教对接 → 揭榜挂帅)', () => {
    const { rows } = buildDemoRows('x')
    const demo = rows.organization.find((o) => o.name === '淄博恒瑞精密机械有限公司')!
    const list = rows.demandList.find((l) => l.orgId === demo.id)!
    const challenges = rows.techChallenge.filter((c) => c.listId === list.id)
    const takers = rows.challengeTaker.filter((t) => challenges.some((c) => c.id === t.challengeId))
    expect(takers.length).toBeGreaterThan(0)
    expect(takers.every((t) => rows.organization.some((o) => o.id === t.collegeOrgId && o.kind === 'college'))).toBe(true)
  })

  it('give 凭邀请码加入单位 an enterprise demo account in no organisation, to join with the owner’s code', () => {
    const { rows } = buildDemoRows('x')
    const enterpriseAccounts = new Set(DEMO_ACCOUNTS.filter((a) => a.role === 'enterprise').map((a) => a.username))
    const unattached = rows.user.filter((u) => enterpriseAccounts.has(u.username!) && !rows.membership.some((m) => m.userId === u.id))
    expect(unattached.map((u) => u.role)).toEqual(['enterprise'])
  })

  it('tell the demo student one story in 我的投递, 消息 and 我的日程: the 面试邀请 names the job at 面试, whose interview is ahead', () => {
    const { rows, today } = buildDemoRows('x')
    const student = rows.user.find((u) => u.username === 'demo_student')!
    const atInterview = rows.application.filter((a) => a.studentUserId === student.id && a.status === 'interview')
    expect(atInterview).toHaveLength(1)
    const job = rows.job.find((j) => j.id === atInterview[0]!.jobId)!
    const org = rows.organization.find((o) => o.id === job.orgId)!
    const invitation = rows.inboxMessage.find((m) => m.userId === student.id && m.title === '面试邀请')!
    expect(invitation.body).toBe(`${org.name}邀请您参加“${job.title}”岗位面试，请在“我的投递”中查看时间和地点。`)
    const interview = rows.interview.find((v) => v.applicationId === atInterview[0]!.id)!
    expect(new Date(interview.at).getTime()).toBeGreaterThan(today.getTime() + 86_400_000)
    const invitedAt = rows.applicationEvent.find((e) => e.applicationId === atInterview[0]!.id && e.to === 'interview')!.at as Date
    expect(new Date(invitedAt).getTime()).toBeLessThanOrEqual(new Date(invitation.createdAt as Date).getTime())
    expect(rows.scheduleItem.find((i) => i.interviewId === interview.id)).toMatchObject({ userId: student.id, title: `面试：${job.title}`, startsAt: interview.at })
  })
})
