// Session-token verification, WebCrypto (hono/jwt, what the BFF used) against node:crypto (lib/auth/jwt-hs256.ts,
// what it uses now), measured alternately in one run so machine load hits both alike. Prints µs per verification.
// Run: npm run bench:session -w @zhilian/test
import { verify } from 'hono/jwt'
import { signHs256, verifyHs256 } from '../../apps/bff/src/lib/auth/jwt-hs256'
import { percentile } from './lib/stats'

const key = 'k'.repeat(48)
const token = signHs256({ sub: 'cuid_student', role: 'student', tv: 0, iat: 1, exp: 4_102_444_800 }, key)
const rounds = 10
const perRound = 2_000

async function time(fn: () => unknown): Promise<number> {
  const started = process.hrtime.bigint()
  for (let i = 0; i < perRound; i++) await fn()
  return Number(process.hrtime.bigint() - started) / 1_000 / perRound // µs per call
}

const webcrypto: number[] = []
const nodeCrypto: number[] = []
await time(() => verify(token, key, 'HS256')) // warm both paths before measuring
await time(() => verifyHs256(token, key))
for (let round = 0; round < rounds; round++) {
  webcrypto.push(await time(() => verify(token, key, 'HS256')))
  nodeCrypto.push(await time(() => verifyHs256(token, key)))
}
const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50)
console.log(`session token verification, ${rounds} alternating rounds × ${perRound} (median µs per call)`)
console.log(`  hono/jwt (WebCrypto)   ${median(webcrypto).toFixed(1)} µs`)
console.log(`  node:crypto HMAC       ${median(nodeCrypto).toFixed(1)} µs`)
console.log(`  ratio (WebCrypto / node:crypto) ${(median(webcrypto) / median(nodeCrypto)).toFixed(1)}×`)
