import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * HS256 JSON Web Tokens on node:crypto. Every authenticated request verifies one, and WebCrypto's async HMAC
 * (hono/jwt) cost 69–142 µs a verification against 4–14 µs here (issue 13; `npm run bench:session -w @zhilian/test`
 * measures both in one run). Only HS256 is accepted: the header must name it, so `alg: none` or a public-key
 * algorithm cannot be slipped in.
 */
const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url')
}

function mac(key: string, signingInput: string): Buffer {
  return createHmac('sha256', key).update(signingInput).digest()
}

export function signHs256(payload: Record<string, unknown>, key: string): string {
  const signingInput = `${HEADER}.${base64url(JSON.stringify(payload))}`
  return `${signingInput}.${mac(key, signingInput).toString('base64url')}`
}

/** The payload of a token whose signature verifies, or undefined. Claims (exp, iat) are the caller's to check. */
export function verifyHs256(token: string, key: string): unknown {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [header, payload, signature] = parts as [string, string, string]
  const given = Buffer.from(signature, 'base64url')
  const expected = mac(key, `${header}.${payload}`)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  try {
    const head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown }
    if (head.alg !== 'HS256') return undefined
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}
