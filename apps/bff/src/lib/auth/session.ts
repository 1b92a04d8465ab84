import { AppError } from '@zhilian/shared'
import { sign, verify } from 'hono/jwt'
import { z } from 'zod'
import type { RoleName } from '../types'

/** How long a session lasts, and the most any token is honoured for, whatever its `exp` claims. */
export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60
/** Clocks of several servers may disagree a little; a token issued further in the future is refused. */
const CLOCK_SKEW_SECONDS = 60
const ALG = 'HS256'

const PayloadSchema = z.object({
  sub: z.string(),
  role: z.string(),
  /** The user's tokenVersion when the token was issued; a bump (logout) revokes it. */
  tv: z.number().int(),
  iat: z.number(),
  exp: z.number(),
})
export type SessionPayload = z.infer<typeof PayloadSchema>

export function issueSessionToken(key: string, user: { id: string; role: RoleName; tokenVersion: number }): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  return sign({ sub: user.id, role: user.role, tv: user.tokenVersion, iat: now, exp: now + SESSION_TTL_SECONDS }, key, ALG)
}

export async function readSessionToken(key: string, token: string, nowMs = Date.now()): Promise<SessionPayload> {
  let payload: unknown
  try {
    payload = await verify(token, key, ALG)
  } catch (cause) {
    const expired = cause instanceof Error && cause.name === 'JwtTokenExpired'
    throw new AppError(expired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED', { internal: 'bad session token', cause })
  }
  const parsed = PayloadSchema.safeParse(payload)
  if (!parsed.success) throw new AppError('UNAUTHENTICATED', { internal: 'session token payload malformed' })
  // The lifetime is ours to enforce: a token whose exp reaches past iat + TTL is only honoured until then.
  const now = Math.floor(nowMs / 1000)
  if (parsed.data.iat > now + CLOCK_SKEW_SECONDS) throw new AppError('UNAUTHENTICATED', { internal: 'token issued in the future' })
  if (now - parsed.data.iat > SESSION_TTL_SECONDS) throw new AppError('SESSION_EXPIRED', { internal: 'token older than the maximum lifetime' })
  return parsed.data
}
