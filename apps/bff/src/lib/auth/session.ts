import { AppError } from '@zhilian/shared'
import { sign, verify } from 'hono/jwt'
import { z } from 'zod'
import type { RoleName } from '../types'

export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60
const ALG = 'HS256'

const PayloadSchema = z.object({
  sub: z.string(),
  role: z.string(),
  /** The user's tokenVersion when the token was issued; a bump (logout) revokes it. */
  tv: z.number().int(),
  exp: z.number(),
})
export type SessionPayload = z.infer<typeof PayloadSchema>

export function issueSessionToken(secret: string, user: { id: string; role: RoleName; tokenVersion: number }): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  return sign({ sub: user.id, role: user.role, tv: user.tokenVersion, iat: now, exp: now + SESSION_TTL_SECONDS }, secret, ALG)
}

export async function readSessionToken(secret: string, token: string): Promise<SessionPayload> {
  let payload: unknown
  try {
    payload = await verify(token, secret, ALG)
  } catch (cause) {
    const expired = cause instanceof Error && cause.name === 'JwtTokenExpired'
    throw new AppError(expired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED', { internal: 'bad session token', cause })
  }
  const parsed = PayloadSchema.safeParse(payload)
  if (!parsed.success) throw new AppError('UNAUTHENTICATED', { internal: 'session token payload malformed' })
  return parsed.data
}
