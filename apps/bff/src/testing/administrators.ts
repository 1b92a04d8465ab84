/**
 * Administrator accounts for the tests of decisions 072 and 074: each signs in with a name and PASSWORD and comes with
 * a token, and the /api/admin/administrators calls. Only test files import this.
 */
import { createAdmin, createEnterprise, createMember } from '@zhilian/db/factories'
import { bearer, jsonInit, type Harness, type TestApp } from './harness'
import { freshAddress } from './student-accounts'

export const ADMIN_PASSWORD = 'Bureau2026go'
export const ZIBO = '370300'
export const JINAN = '370100'

let seq = 0
export const uname = (prefix = 'adm') => `${prefix}_${++seq}_${Math.random().toString(36).slice(2, 7)}`

type Overrides = Parameters<typeof createAdmin>[1]

/**
 * The accounts and calls over the harness `harness()` answers (read at each call, as the file's `beforeAll` sets it);
 * `app` may be a race test's second instance.
 */
export function administrators(harness: () => Harness) {
  async function admin(overrides: Overrides = {}) {
    const h = harness()
    const user = await createAdmin(h.prisma, { username: uname(), password: ADMIN_PASSWORD, ...overrides })
    return { user, token: await h.tokenFor(user) }
  }
  const post = (app: TestApp | undefined, token: string, id: string, step: 'sign-in-reset' | 'disable' | 'enable') =>
    (app ?? harness().app).request(`/api/admin/administrators/${id}/${step}`, jsonInit('POST', {}, bearer(token)))
  return {
    admin,
    platform: () => admin(),
    eduOffice: () => admin({ adminDepartment: 'edu' }),
    industryOffice: () => admin({ adminDepartment: 'industry' }),
    bureau: (side: 'edu' | 'industry', city = ZIBO) => admin({ adminDepartment: side, adminCityCode: city }),
    async consortium() {
      const h = harness()
      const grouping = await h.prisma.grouping.create({ data: { kind: 'city_consortium', name: `淄博测试联合体${++seq}`, cityCode: ZIBO } })
      return { grouping, ...(await admin({ adminDepartment: 'grouping', adminGroupingId: grouping.id })) }
    },
    async enterpriseOwner() {
      const h = harness()
      const org = await createEnterprise(h.prisma, { name: `淄博重工${++seq}` })
      const { user } = await createMember(h.prisma, org, { isOwner: true })
      return h.tokenFor(user)
    },
    reset: (token: string, id: string, app?: TestApp) => post(app, token, id, 'sign-in-reset'),
    disable: (token: string, id: string, app?: TestApp) => post(app, token, id, 'disable'),
    enable: (token: string, id: string, app?: TestApp) => post(app, token, id, 'enable'),
    signIn: (json: { username: string; password: string; newPassword?: string }, address = freshAddress()) =>
      harness().app.request('/api/auth/password', jsonInit('POST', json, { 'x-forwarded-for': address })),
    me: (token: string) => harness().app.request('/api/me', { headers: bearer(token) }),
  }
}
