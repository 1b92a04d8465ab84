import { createTestDb } from '@zhilian/db/test-db'
import { createJob } from '@zhilian/db/factories'
const db = await createTestDb()
const p = db.prisma
await createJob(p, { title: '数控车工' })
await createJob(p, { title: '100%完成率' })
await createJob(p, { title: '100a完成率' })
console.log((await p.job.findMany({ where: { title: { contains: '数控', mode: 'insensitive' } }, select: { title: true } })))
console.log((await p.job.findMany({ where: { title: { contains: '100%', mode: 'insensitive' } }, select: { title: true } })))
console.log((await p.job.findMany({ where: { title: { contains: '0_完', mode: 'insensitive' } }, select: { title: true } })))
const r = await p.$queryRaw`SELECT 1 as x FROM "Job" LIMIT 1 FOR UPDATE`
console.log(r)
await db.close()
