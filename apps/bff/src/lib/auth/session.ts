import { AppError } from '@zhilian/shared'
import { z } from 'zod'
import type { RoleName } from '../types'
import { signHs256, verifyHs256 } from './jwt-hs256'

/** How long a session lasts, and the most any token is honoured for, whatever its `exp` claims. */
export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60
/** Clocks of several servers may disagree a little; a token issued further in the future is refused. */
const CLOCK_SKEW_SECONDS = 60

const PayloadSchema = z.object({
  sub: z.string(),
  role: z.string(),
  /** The user's tokenVersion when the token was issued; a bump (logout) revokes it. */
  tv: z.number().int(),
  iat: z.number(),
  exp: z.number(),
})
export type SessionPayload = z.infer<typeof PayloadSchema>

export async function issueSessionToken(key: string, user: { id: string; role: RoleName; tokenVersion: number }): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  return signHs256({ sub: user.id, role: user.role, tv: user.tokenVersion, iat: now, exp: now + SESSION_TTL_SECONDS }, key)
}

export async function readSessionToken(key: string, token: string, nowMs = Date.now()): Promise<SessionPayload> {
  const payload = verifyHs256(token, key)
  if (payload === undefined) throw new AppError('UNAUTHENTICATED', { internal: 'bad session token' })
  const now = Math.floor(nowMs / 1000)
  // Expiry first, as any JWT library does: a genuine but old token asks the person to sign in again.
  const exp = (payload as { exp?: unknown } | null)?.exp
  if (typeof exp !== 'number' || exp <= now) throw new AppError(typeof exp === 'number' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED', { internal: 'token expired or without exp' })
  const parsed = PayloadSchema.safeParse(payload)
  if (!parsed.success) throw new AppError('UNAUTHENTICATED', { internal: 'session token payload malformed' })
  // The lifetime is ours to enforce: a token whose exp reaches past iat + TTL is only honoured until then.
  if (parsed.data.iat > now + CLOCK_SKEW_SECONDS) throw new AppError('UNAUTHENTICATED', { internal: 'token issued in the future' })
  if (now - parsed.data.iat > SESSION_TTL_SECONDS) throw new AppError('SESSION_EXPIRED', { internal: 'token older than the maximum lifetime' })
  return parsed.data
}
