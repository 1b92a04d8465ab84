import { sign, verify } from 'hono/jwt'
import { describe, expect, it } from 'vitest'
import { signHs256, verifyHs256 } from './jwt-hs256'

const key = 'k'.repeat(48)
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

describe('HS256 tokens on node:crypto', () => {
  it('reads tokens a standard JWT library signed, and writes tokens it accepts', async () => {
    const claims = { sub: 'u1', role: 'student', exp: Math.floor(Date.now() / 1000) + 60 }
    expect(verifyHs256(await sign(claims, key, 'HS256'), key)).toEqual(claims)
    expect(await verify(signHs256(claims, key), key, 'HS256')).toEqual(claims)
  })

  it('refuses a wrong key, a changed payload, alg none and a token that is not three parts', () => {
    const token = signHs256({ sub: 'u1', role: 'student' }, key)
    expect(verifyHs256(token, 'x'.repeat(48))).toBeUndefined()
    const [header, , signature] = token.split('.')
    expect(verifyHs256(`${header}.${b64({ sub: 'u1', role: 'admin' })}.${signature}`, key)).toBeUndefined()
    expect(verifyHs256(`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'u1', role: 'admin' })}.`, key)).toBeUndefined()
    expect(verifyHs256(token.split('.').slice(0, 2).join('.'), key)).toBeUndefined()
    expect(verifyHs256('', key)).toBeUndefined()
  })

  it('refuses a header naming another algorithm even when the HMAC over it is right', async () => {
    const { createHmac } = await import('node:crypto')
    const input = `${b64({ alg: 'HS512', typ: 'JWT' })}.${b64({ sub: 'u1' })}`
    const mac = createHmac('sha256', key).update(input).digest('base64url')
    expect(verifyHs256(`${input}.${mac}`, key)).toBeUndefined()
  })

  it('answers undefined, never throws, for a signed payload that is not JSON', async () => {
    const { createHmac } = await import('node:crypto')
    const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${Buffer.from('not json').toString('base64url')}`
    const mac = createHmac('sha256', key).update(input).digest('base64url')
    expect(verifyHs256(`${input}.${mac}`, key)).toBeUndefined()
  })
})
