import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeWeChat, type FakeWeChat } from './index'

const appid = 'wx-test-appid'
const secret = 'wx-test-secret'
let fake: FakeWeChat

beforeAll(async () => {
  fake = await startFakeWeChat({ appid, secret, templates: ['TPL_A'] })
})
afterAll(() => fake.close())

async function login(code: string, overrides: Record<string, string> = {}) {
  const q = new URLSearchParams({ appid, secret, js_code: code, grant_type: 'authorization_code', ...overrides })
  const res = await fetch(`${fake.url}/sns/jscode2session?${q}`)
  return (await res.json()) as { errcode?: number; openid?: string; unionid?: string; session_key?: string }
}

async function stableToken(body: Record<string, unknown> = {}) {
  const res = await fetch(`${fake.url}/cgi-bin/stable_token`, {
    method: 'POST',
    body: JSON.stringify({ grant_type: 'client_credential', appid, secret, force_refresh: false, ...body }),
  })
  return (await res.json()) as { errcode?: number; access_token?: string; expires_in?: number }
}

async function send(token: string, body: Record<string, unknown>) {
  const res = await fetch(`${fake.url}/cgi-bin/message/subscribe/send?access_token=${token}`, {
    method: 'POST',
    body: JSON.stringify(body),
  })
  return (await res.json()) as { errcode: number }
}

describe('jscode2session', () => {
  it('exchanges a minted code once for its openid and a session key', async () => {
    const code = fake.mintCode('o-alice', 'u-alice')
    const first = await login(code)
    expect(first.openid).toBe('o-alice')
    expect(first.unionid).toBe('u-alice')
    expect(first.session_key).toMatch(/.+/)
    expect((await login(code)).errcode).toBe(40029)
  })

  it('refuses unknown and expired codes', async () => {
    expect((await login('made-up')).errcode).toBe(40029)
    const code = fake.mintCode('o-late')
    fake.advanceTime(5 * 60 + 1)
    expect((await login(code)).errcode).toBe(40029)
  })

  it('answers 40013 for a wrong appid and 40125 for a wrong secret', async () => {
    expect((await login(fake.mintCode('o-x'), { appid: 'nope' })).errcode).toBe(40013)
    expect((await login(fake.mintCode('o-x'), { secret: 'nope' })).errcode).toBe(40125)
  })

  it('limits one user to 100 exchanges a minute', async () => {
    const results = []
    for (let i = 0; i < 101; i++) results.push((await login(fake.mintCode('o-busy'))).errcode)
    expect(results.slice(0, 100).every((e) => e === undefined)).toBe(true)
    expect(results[100]).toBe(45011)
  })

  it('refuses a high-risk user with 40226', async () => {
    fake.markHighRisk('o-risky')
    expect((await login(fake.mintCode('o-risky'))).errcode).toBe(40226)
  })
})

describe('stable_token and subscribe/send', () => {
  const message = (token: string, extra: Record<string, unknown> = {}) =>
    send(token, { touser: 'o-bob', template_id: 'TPL_A', page: 'pages/index/index?id=1', data: { thing1: { value: '面试通知' } }, ...extra })

  it('returns the same token until a forced refresh; the old one then works a while longer', async () => {
    const a = await stableToken()
    expect(a.expires_in).toBe(7200)
    expect((await stableToken()).access_token).toBe(a.access_token)
    const b = await stableToken({ force_refresh: true })
    expect(b.access_token).not.toBe(a.access_token)
    fake.mintCode('o-bob')
    fake.grantSubscription('o-bob', 'TPL_A', 2)
    expect((await message(a.access_token!)).errcode).toBe(0)
    fake.advanceTime(5 * 60 + 1)
    expect((await message(a.access_token!)).errcode).toBe(42001)
    expect((await message(b.access_token!)).errcode).toBe(0)
    expect(fake.remainingSubscriptions('o-bob', 'TPL_A')).toBe(0)
    expect((await message(b.access_token!)).errcode).toBe(43101)
    expect(fake.messages().filter((m) => m.touser === 'o-bob')).toHaveLength(2)
  })

  it('spaces forced refreshes at least 30 s apart', async () => {
    fake.advanceTime(60)
    expect((await stableToken({ force_refresh: true })).errcode).toBeUndefined()
    expect((await stableToken({ force_refresh: true })).errcode).toBe(45009)
  })

  it('rejects bad credentials on stable_token', async () => {
    expect((await stableToken({ secret: 'wrong' })).errcode).toBe(40125)
  })

  it('validates token, openid, template, page and field values', async () => {
    const { access_token: token } = await stableToken()
    fake.grantSubscription('o-carol', 'TPL_A', 5)
    const base = { touser: 'o-carol', template_id: 'TPL_A', data: { thing1: { value: '通知' } } }
    expect((await send('forged', base)).errcode).toBe(40001)
    expect((await send(token!, { ...base, touser: 'o-nobody' })).errcode).toBe(40003)
    expect((await send(token!, { ...base, template_id: 'TPL_NONE' })).errcode).toBe(40037)
    expect((await send(token!, { ...base, page: '/bad path' })).errcode).toBe(41030)
    expect((await send(token!, { ...base, data: { thing1: { value: '一'.repeat(21) } } })).errcode).toBe(47003)
    expect((await send(token!, { ...base, data: { phrase2: { value: '已经通过了审核' } } })).errcode).toBe(47003)
    expect(fake.remainingSubscriptions('o-carol', 'TPL_A')).toBe(5)
    fake.failNextSend(45009)
    expect((await send(token!, base)).errcode).toBe(45009)
    expect((await send(token!, base)).errcode).toBe(0)
    fake.expireTokens()
    expect((await send(token!, base)).errcode).toBe(42001)
  })

  it('counts a second send of the same message as a duplicate, even when it is refused for want of a credit', async () => {
    const { access_token: token } = await stableToken()
    fake.grantSubscription('o-dave', 'TPL_A', 1)
    const before = fake.stats()
    const body = { touser: 'o-dave', template_id: 'TPL_A', data: { thing1: { value: '双选会提醒' } } }
    expect((await send(token!, body)).errcode).toBe(0)
    expect((await send(token!, body)).errcode).toBe(43101)
    expect((await send(token!, { ...body, data: { thing1: { value: '另一条' } } })).errcode).toBe(43101)
    const after = fake.stats()
    expect({ received: after.received - before.received, distinct: after.distinct - before.distinct, accepted: after.accepted - before.accepted }).toEqual({ received: 3, distinct: 2, accepted: 1 })
  })

  it('issues tokens with the configured lifetime and counts calls', async () => {
    fake.setTokenTtl(1)
    fake.expireTokens()
    const before = fake.stats().stableToken
    expect((await stableToken()).expires_in).toBe(1)
    expect(fake.stats().stableToken).toBe(before + 1)
  })
})
