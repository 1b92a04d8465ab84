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
})
