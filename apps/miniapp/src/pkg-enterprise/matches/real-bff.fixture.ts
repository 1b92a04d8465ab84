/**
 * Run by test-bff.ts in a child process (node --import tsx): the real BFF on a fresh test database with
 * a college that opens a machine and offers a major, an enterprise with a job and a challenge, and a
 * rival enterprise whose booking request waits for the college. Prints `READY <json>`, then serves
 * until killed.
 */
import { createAdaptorServer } from '@hono/node-server'
import { demandList, supplyList } from '@zhilian/bff/analytics/fixtures'
import { bearer, createHarness, jsonInit } from '@zhilian/bff/testing/harness'
import { createAdmin, createCollege, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import type { AddressInfo } from 'node:net'

const h = await createHarness()
const db = h.prisma
const CHAIN = 'SD-C02'
const MECH = '460301' // 机电一体化技术

async function call<T>(path: string, token: string, body: unknown): Promise<T> {
  const res = await h.app.request(path, jsonInit('POST', body, bearer(token)))
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

const college = await createCollege(db, { name: '淄博职业学院', cityCode: '370300', chainIds: [CHAIN] })
const far = await createCollege(db, { name: '威海职业学院', cityCode: '371000', chainIds: [CHAIN] })
const list = await supplyList(db, college.id, 2025, [{ code: MECH, chains: [CHAIN], grades: [100, 105, 110], cohorts: [{ year: 2025, count: 312 }] }])
await supplyList(db, far.id, 2025, [{ code: MECH, chains: [CHAIN], grades: [20], cohorts: [{ year: 2025, count: 18 }] }])
const equipment = await db.equipment.create({
  data: { listId: list.id, name: '五轴联动加工中心', model: 'DMU 50', quantity: 2, coreFunction: '复杂曲面零件五轴精密加工', open: true, openHours: '工作日 8:30-17:00', fee: 'free', chainId: CHAIN },
})
await db.researchProject.create({ data: { listId: list.id, name: '数控机床热变形误差补偿技术研究', level: 'provincial', outcomeType: '论文', amountWan: 20, finished: true, year: 2024 } })

const enterprise = await createEnterprise(db, { name: '山东齐鲁精工机械有限公司', cityCode: '370300', chainIds: [CHAIN] })
const rival = await createEnterprise(db, { name: '淄博另一家机械有限公司', cityCode: '370300', chainIds: [CHAIN] })
const job = await createJob(db, { orgId: enterprise.id, title: '机电设备维修工', majorCodes: [MECH], chainId: CHAIN, cityCode: '370300', headcount: 6 })
const demand = await demandList(db, enterprise.id)
const challenge = await db.techChallenge.create({ data: { listId: demand.id, title: '数控机床热变形补偿', problem: '数控机床连续加工后热变形导致精度下降', target: '加工精度稳定在0.01毫米', chainId: CHAIN } })

const tokens = {
  enterprise: await h.tokenFor((await createMember(db, enterprise)).user),
  rival: await h.tokenFor((await createMember(db, rival)).user),
  college: await h.tokenFor((await createMember(db, college)).user),
  admin: await h.tokenFor(await createAdmin(db)),
}
// The rival's request waits for the college: three days ahead, 14:00–16:00 Beijing time.
const day = Math.floor((Date.now() + 8 * 3_600_000) / 86_400_000) * 86_400_000 - 8 * 3_600_000 + 3 * 86_400_000
await call(`/api/equipment/${equipment.id}/bookings`, tokens.rival, { start: new Date(day + 14 * 3_600_000).toISOString(), end: new Date(day + 16 * 3_600_000).toISOString(), purpose: '叶轮样件试切' })
await call(`/api/challenges/${challenge.id}/takers`, tokens.college, { proposal: '我校数控团队拟采用热误差建模与实时补偿方案攻关，六个月完成样机验证。' })

const server = createAdaptorServer({ fetch: h.app.fetch })
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
console.log(`READY ${JSON.stringify({
  origin, ...tokens,
  collegeId: college.id, collegeName: college.name, enterpriseName: enterprise.name, rivalName: rival.name,
  equipmentId: equipment.id, equipmentName: equipment.name, jobId: job.id, jobTitle: job.title, challengeId: challenge.id,
})}`)

const stop = () => void h.close().finally(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
