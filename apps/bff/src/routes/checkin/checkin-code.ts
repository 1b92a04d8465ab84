import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { AppError } from '@zhilian/shared'

/** How long a shown code stays good: long enough to scan, too short to forward usefully. */
export const CODE_TTL_MS = 60_000

interface Payload { e: string; u: string; x: number; n: string }

/** Signed with the check-in sub-key (lib/secrets.ts), so a check-in code can never pass as a session token. */
const sign = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest()

export function issueCheckinCode(key: Buffer, eventId: string, userId: string, now = Date.now()) {
  const expiresAt = now + CODE_TTL_MS
  const payload: Payload = { e: eventId, u: userId, x: expiresAt, n: randomBytes(8).toString('base64url') }
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return { code: `${body}.${sign(key, body).toString('base64url')}`, expiresAt: new Date(expiresAt) }
}

const invalid = () => new AppError('BAD_REQUEST', { userMessage: '签到码无效，请让同学重新打开签到码', internal: 'bad check-in code' })

/** The student the code names, after checking signature, event binding and expiry (in that order). */
export function verifyCheckinCode(key: Buffer, code: string, eventId: string, now = Date.now()): { userId: string; nonce: string; expiresAt: Date } {
  const [body, mac, extra] = code.split('.')
  if (!body || !mac || extra !== undefined) throw invalid()
  const expected = sign(key, body)
  const given = Buffer.from(mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid()
  let payload: Payload
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload
  } catch {
    throw invalid()
  }
  if (payload.e !== eventId) throw new AppError('BAD_REQUEST', { userMessage: '该签到码不属于本场活动', internal: 'code for another event' })
  if (typeof payload.x !== 'number' || payload.x < now) throw new AppError('BAD_REQUEST', { userMessage: '签到码已过期，请让同学刷新后重新出示', internal: 'expired code' })
  if (typeof payload.n !== 'string' || typeof payload.u !== 'string') throw invalid()
  return { userId: payload.u, nonce: payload.n, expiresAt: new Date(payload.x) }
}
