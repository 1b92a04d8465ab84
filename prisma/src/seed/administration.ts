/**
 * Scoped administration and the organisations beyond colleges and enterprises (decisions 021, 022): the two
 * provincial departments, the education and industry bureaus of 济南, 青岛 and 淄博, the 淄博 市域产教联合体 with
 * its members and its administrator, a research institute, an industry organisation and a service provider.
 * Built after everything else, so the rest of the demo data (one PRNG stream) stays as it was.
 */
import type { AdminDepartment, OrgKind } from '../../generated/client/enums'
import { makeUscc } from '../factories'
import type { DemoAccount } from './accounts'
import type { SeedContext } from './context'
import { body9, type SeededOrg } from './organizations'

const ZIBO_CONSORTIUM = '淄博市域产教联合体'

interface ScopedAccount extends DemoAccount { scope: { department: AdminDepartment; cityCode?: string; grouping?: string } }

const bureaus = (city: string, cityCode: string, slug: string): ScopedAccount[] => [
  { username: `demo_${slug}_edu`, role: 'admin', displayName: `${city}市教育局审核员`, openid: `o_demo_${slug}_edu`, note: `${city}市教育局：本市院校与附件1`, scope: { department: 'edu', cityCode } },
  { username: `demo_${slug}_industry`, role: 'admin', displayName: `${city}市工信局审核员`, openid: `o_demo_${slug}_industry`, note: `${city}市工业和信息化局：本市企业、岗位与附件2`, scope: { department: 'industry', cityCode } },
]

/** Signed in like the other demo accounts (demo mode only); listed on the sign-in page after them. */
export const SCOPED_ADMIN_ACCOUNTS: readonly ScopedAccount[] = [
  { username: 'demo_edu', role: 'admin', displayName: '省教育厅审核员', openid: 'o_demo_edu', note: '山东省教育厅：全省院校与附件1', scope: { department: 'edu' } },
  { username: 'demo_industry', role: 'admin', displayName: '省工信厅审核员', openid: 'o_demo_industry', note: '山东省工业和信息化厅：全省企业、岗位与附件2', scope: { department: 'industry' } },
  ...bureaus('济南', '370100', 'jinan'),
  ...bureaus('青岛', '370200', 'qingdao'),
  ...bureaus('淄博', '370300', 'zibo'),
  { username: 'demo_consortium', role: 'admin', displayName: '联合体秘书处', openid: 'o_demo_consortium', note: `${ZIBO_CONSORTIUM}：仅成员单位`, scope: { department: 'grouping', grouping: ZIBO_CONSORTIUM } },
]

const OTHER_ORGS: { kind: OrgKind; name: string; cityCode: string; industryCode: string; intro: string; chains: string[]; member: boolean }[] = [
  { kind: 'research_institute', name: '淄博高端装备产业技术研究院', cityCode: '370300', industryCode: '73', intro: '面向高端装备产业链的新型研发机构，开放检测平台并承接企业技术攻关。', chains: ['SD-C02'], member: true },
  { kind: 'industry_org', name: '淄博市智能制造行业协会', cityCode: '370300', industryCode: '95', intro: '本市智能制造企业的行业组织，组织产教对接活动与行业人才标准研制。', chains: ['SD-C02', 'SD-C15'], member: true },
  { kind: 'service_provider', name: '济南鲁才人力资源服务有限公司', cityCode: '370100', industryCode: '72', intro: '提供职业技能培训与人力资源服务。', chains: ['SD-C13'], member: false },
]

export function buildAdministration(ctx: SeedContext, passwordHash: string, colleges: SeededOrg[], enterprises: SeededOrg[], firstPhone: number) {
  const createdAt = ctx.daysAgo(200)
  const groupingId = ctx.rng.id()
  ctx.rows.grouping.push({
    id: groupingId, kind: 'city_consortium', name: ZIBO_CONSORTIUM, cityCode: '370300', createdAt,
    intro: '由淄博市政府统筹，院校、链主企业、科研院所和行业协会共同组建的市域产教联合体。',
  })
  const members = [...colleges, ...enterprises].filter((o) => o.cityCode === '370300' && o.verification === 'verified').map((o) => o.id)
  for (const org of OTHER_ORGS) {
    const id = ctx.rng.id()
    ctx.rows.organization.push({
      id, kind: org.kind, name: org.name, uscc: makeUscc(org.kind === 'service_provider' ? 'enterprise' : 'college', org.cityCode, body9(ctx)), cityCode: org.cityCode,
      industryCode: org.industryCode, intro: org.intro, verification: 'verified', reviewedAt: createdAt,
      contactName: '赵敏', contactPhone: '0533-2180000', contactTitle: '办公室主任', createdAt, updatedAt: createdAt,
    })
    for (const chainId of org.chains) ctx.rows.orgChain.push({ orgId: id, chainId })
    if (org.member) members.push(id)
  }
  for (const orgId of members) ctx.rows.groupingMember.push({ groupingId, orgId, joinedAt: createdAt })

  SCOPED_ADMIN_ACCOUNTS.forEach((account, i) => {
    ctx.rows.user.push({
      id: ctx.rng.id(), role: account.role, username: account.username, openid: account.openid, passwordHash, displayName: account.displayName,
      phone: `1380531${String(firstPhone + i).padStart(4, '0')}`, createdAt, updatedAt: createdAt,
      adminDepartment: account.scope.department, adminCityCode: account.scope.cityCode ?? null,
      adminGroupingId: account.scope.grouping ? groupingId : null,
    })
  })

  // The consortium organises the 淄博 fair, and one 淄博 college's 附件1 waits for its bureau.
  const fair = ctx.rows.event.find((e) => e.cityCode === '370300')
  if (fair) fair.organizerGroupingId = groupingId
  const waiting = colleges.find((c) => c.name === '山东工业职业学院')
  const list = ctx.rows.supplyList.find((l) => l.collegeId === waiting?.id)
  if (list) Object.assign(list, { status: 'submitted', version: 1, reviewedAt: null }, 'approvedVersion' in list ? { approvedVersion: null } : {})
}
