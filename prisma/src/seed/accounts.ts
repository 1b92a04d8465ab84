/** The demo accounts: fixed usernames, the shared password, fixed openids for WeChat sign-in. */
import type { Role } from '../../generated/client/enums'
import { SCOPED_ADMIN_ACCOUNTS } from './administration'
import type { SeedContext } from './context'

export const DEMO_PASSWORD = 'Zhilian@2026'

export interface DemoAccount { username: string; role: Role; displayName: string; openid: string; note: string }

export const BASE_DEMO_ACCOUNTS = [
  { username: 'demo_student', role: 'student', displayName: '李明轩', openid: 'o_demo_student', note: '淄博职业学院 机电一体化技术 三年级，简历完整' },
  { username: 'demo_enterprise', role: 'enterprise', displayName: '王强', openid: 'o_demo_enterprise', note: '淄博恒瑞精密机械有限公司 负责人（已认证）' },
  { username: 'demo_college', role: 'college', displayName: '张丽', openid: 'o_demo_college', note: '淄博职业学院 校企合作处（已认证成员）' },
  { username: 'demo_admin', role: 'admin', displayName: '平台管理员', openid: 'o_demo_admin', note: '省级平台管理员' },
  { username: 'demo_enterprise_pending', role: 'enterprise', displayName: '刘洋', openid: 'o_demo_enterprise_pending', note: '日照海川新材料科技有限公司 负责人（待审核）' },
] as const satisfies readonly DemoAccount[]

/** Colleagues of demo_enterprise's owner in the same company, each with an organisation role (decision 028). */
export const TEAM_DEMO_ACCOUNTS = [
  { username: 'demo_enterprise_hr', role: 'enterprise', displayName: '孙婷', openid: 'o_demo_enterprise_hr', note: '淄博恒瑞精密机械有限公司 招聘专员（处理投递，不能改需求清单）', orgRole: 'hr' },
  { username: 'demo_enterprise_filler', role: 'enterprise', displayName: '周涛', openid: 'o_demo_enterprise_filler', note: '淄博恒瑞精密机械有限公司 清单填报员（填报附件2，看不到求职者）', orgRole: 'list_filler' },
] as const satisfies readonly (DemoAccount & { orgRole: 'hr' | 'list_filler' })[]

/** An employee in no organisation yet, so 凭邀请码加入单位 can be tried: the owner's invitation code joins them. */
const NEWCOMER_DEMO_ACCOUNT = {
  username: 'demo_newcomer', role: 'enterprise', displayName: '陈静', openid: 'o_demo_newcomer', note: '新入职员工，尚未加入单位（凭同事给的邀请码加入）',
} as const satisfies DemoAccount

/** Every demo account: the five roles, the demo company's colleagues, the newcomer, then the scoped administrators (decision 021). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [...BASE_DEMO_ACCOUNTS, ...TEAM_DEMO_ACCOUNTS, NEWCOMER_DEMO_ACCOUNT, ...SCOPED_ADMIN_ACCOUNTS]

export type DemoUsers = Record<(typeof BASE_DEMO_ACCOUNTS)[number]['username'], { id: string; displayName: string }>

/** Adds the demo users; `passwordHash` is computed once by the caller (scrypt is slow on purpose). */
export function buildDemoUsers(ctx: SeedContext, passwordHash: string): DemoUsers {
  const users = {} as DemoUsers
  BASE_DEMO_ACCOUNTS.forEach((account, i) => {
    const id = ctx.rng.id()
    const createdAt = ctx.daysAgo(210 - i)
    ctx.rows.user.push({
      id, role: account.role, username: account.username, openid: account.openid, passwordHash,
      displayName: account.displayName, phone: `1380531${String(i + 1).padStart(4, '0')}`, createdAt, updatedAt: createdAt,
    })
    users[account.username] = { id, displayName: account.displayName }
  })
  return users
}

/** The newcomer's account, with no membership: added last, so no other row's random draws move. */
export function buildNewcomer(ctx: SeedContext, passwordHash: string) {
  const { username, role, displayName, openid } = NEWCOMER_DEMO_ACCOUNT
  const createdAt = ctx.daysAgo(1)
  ctx.rows.user.push({ id: ctx.rng.id(), role, username, openid, passwordHash, displayName, phone: '13805310990', createdAt, updatedAt: createdAt })
}
