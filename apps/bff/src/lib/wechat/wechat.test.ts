import { AppError } from '@zhilian/shared'
import { startFakeWeChat, type FakeWeChat } from '@zhilian/wechat-fake'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWeChatClient, StableTokenHolder, truncateField, toTemplateData, classifySendErrcode } from './index'

const appid = 'wx-client-test'
const secret = 'client-test-secret'
let fake: FakeWeChat

beforeAll(async () => {
  fake = await startFakeWeChat({ appid, secret, templates: ['TPL_INTERVIEW'] })
})
afterAll(() => fake.close())

const client = () => createWeChatClient({ appid, secret, baseUrl: fake.url })

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('code2Session', () => {
  it('returns the openid and unionid for a fresh code', async () => {
    const session = await client().code2Session(fake.mintCode('o-1', 'u-1'))
    expect(session.openid).toBe('o-1')
    expect(session.unionid).toBe('u-1')
  })

  it("maps 40029 to WECHAT_CODE_INVALID, the client's error (400), with a Chinese message", async () => {
    const error = await failure(client().code2Session('bogus'))
    expect(error.code).toBe('WECHAT_CODE_INVALID')
    expect(error.status).toBe(400)
    expect(error.userMessage).toMatch(/[\u4e00-\u9fff]/)
  })

  it('maps 45011 to RATE_LIMITED and 40226 to FORBIDDEN', async () => {
    const c = client()
    for (let i = 0; i < 100; i++) await c.code2Session(fake.mintCode('o-flood'))
    expect((await failure(c.code2Session(fake.mintCode('o-flood')))).code).toBe('RATE_LIMITED')
    fake.markHighRisk('o-risk')
    const risky = await failure(c.code2Session(fake.mintCode('o-risk')))
    expect(risky.code).toBe('FORBIDDEN')
    expect(risky.userMessage).toContain('风险')
  })

  it('fails clearly with wrong credentials or when WeChat is unreachable', async () => {
    const wrong = createWeChatClient({ appid, secret: 'nope', baseUrl: fake.url })
    expect((await failure(wrong.code2Session(fake.mintCode('o-2')))).code).toBe('WECHAT_LOGIN_FAILED')
    const down = createWeChatClient({ appid, secret, baseUrl: 'http://127.0.0.1:9' })
    expect((await failure(down.code2Session('x'))).code).toBe('UPSTREAM_UNAVAILABLE')
  })
})

describe('StableTokenHolder', () => {
  it('shares one request among concurrent callers and reuses the token', async () => {
    const holder = new StableTokenHolder({ appid, secret, baseUrl: fake.url })
    const before = fake.stats().stableToken
    const tokens = await Promise.all(Array.from({ length: 10 }, () => holder.get()))
    expect(new Set(tokens).size).toBe(1)
    expect(await holder.get()).toBe(tokens[0])
    expect(fake.stats().stableToken - before).toBe(1)
  })

  it('refreshes ahead of expiry', async () => {
    fake.setTokenTtl(200)
    fake.expireTokens()
    const holder = new StableTokenHolder({ appid, secret, baseUrl: fake.url, refreshAheadSeconds: 300 })
    const before = fake.stats().stableToken
    await holder.get()
    await holder.get()
    // A token with 200 s left is inside the 300 s window, so each call asks again.
    expect(fake.stats().stableToken - before).toBe(2)
    fake.setTokenTtl(7200)
    fake.expireTokens()
  })
})

describe('sendSubscribeMessage', () => {
  const message = (touser: string) => ({
    touser,
    template_id: 'TPL_INTERVIEW',
    page: 'pages/index/index',
    data: toTemplateData({ thing1: '请于周三上午到济南职业学院参加面试并携带简历原件与证书复印件', time2: '2026-12-02 09:30' }),
  })

  it('delivers, truncating long fields so WeChat accepts them', async () => {
    fake.grantSubscription('o-send', 'TPL_INTERVIEW', 1)
    expect(await client().sendSubscribeMessage(message('o-send'))).toEqual({ outcome: 'sent' })
    const sent = fake.messages().at(-1)
    expect([...sent!.data.thing1!.value]).toHaveLength(20)
  })

  it('refreshes an expired token once and retries', async () => {
    const c = client()
    fake.grantSubscription('o-retry', 'TPL_INTERVIEW', 1)
    await c.tokens.get()
    fake.expireTokens()
    fake.advanceTime(31)
    expect(await c.sendSubscribeMessage(message('o-retry'))).toEqual({ outcome: 'sent' })
  })

  it('reports 43101 as final and 45009 as back-off', async () => {
    const c = client()
    const none = await c.sendSubscribeMessage(message('o-none'))
    expect(none).toMatchObject({ outcome: 'final', errcode: 40003 })
    fake.grantSubscription('o-used', 'TPL_INTERVIEW', 1)
    await c.sendSubscribeMessage(message('o-used'))
    expect(await c.sendSubscribeMessage(message('o-used'))).toMatchObject({ outcome: 'final', errcode: 43101 })
    fake.failNextSend(45009)
    expect(await c.sendSubscribeMessage(message('o-used'))).toMatchObject({ outcome: 'back-off', errcode: 45009 })
  })

  it('classifies every documented errcode', () => {
    expect(classifySendErrcode(0)).toBe('ok')
    for (const code of [40001, 42001]) expect(classifySendErrcode(code)).toBe('refresh')
    for (const code of [40003, 40037, 43101, 47003, 41030]) expect(classifySendErrcode(code)).toBe('final')
    expect(classifySendErrcode(45009)).toBe('back-off')
  })
})

describe('truncateField', () => {
  it('applies WeChat field limits by characters', () => {
    expect([...truncateField('thing', '一'.repeat(30))]).toHaveLength(20)
    expect(truncateField('thing', '短句')).toBe('短句')
    expect(truncateField('character_string', 'x'.repeat(40))).toHaveLength(32)
    expect(truncateField('phrase', '已经通过审核了')).toBe('已经通过审')
    expect(truncateField('name', '欧阳一二三四五六七八九')).toHaveLength(10)
    expect(truncateField('name', 'Alexander Hamilton Washington')).toHaveLength(20)
    expect(truncateField('phone_number', '+86 0531-1234567890123')).toHaveLength(17)
    expect(truncateField('thing', '😀'.repeat(25))).toBe(`${'😀'.repeat(19)}…`)
  })
})
