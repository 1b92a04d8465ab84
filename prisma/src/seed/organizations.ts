/** Colleges and enterprises, each with an owner account, chain links and (enterprises) labels. */
import type { EnterpriseNature, VerificationStatus } from '../../generated/client/enums'
import { makeUscc } from '../factories'
import { CITY_SHORT, COLLEGES } from './colleges'
import { CHAIN_CONTENT } from './chain-content'
import type { SeedContext } from './context'
import { BRANDS, mobile, personName } from './names'

export interface SeededOrg { id: string; name: string; cityCode: string; chains: string[]; ownerUserId: string; verification: VerificationStatus }

/** The demo enterprise account's company and the unverified one, named so the demo guide can refer to them. */
export const DEMO_ENTERPRISE = { name: '淄博恒瑞精密机械有限公司', cityCode: '370300', chain: 'SD-C02' }
export const PENDING_ENTERPRISE = { name: '日照海川新材料科技有限公司', cityCode: '371100', chain: 'SD-C04' }

// GB/T 4754-2017 divisions the chains' enterprises mostly register under.
const INDUSTRY: Record<string, string> = {
  'SD-C01': '65', 'SD-C02': '34', 'SD-C03': '38', 'SD-C04': '32', 'SD-C05': '37', 'SD-C06': '26', 'SD-C07': '35',
  'SD-C08': '27', 'SD-C09': '35', 'SD-C10': '14', 'SD-C11': '18', 'SD-C12': '36', 'SD-C13': '65', 'SD-C14': '39',
  'SD-C15': '34', 'SD-C16': '39', 'SD-C17': '27', 'SD-C18': '37', 'SD-C19': '37',
}
// Cities weighted by the size of their industry.
const CITY_WEIGHT: [string, number][] = [
  ['370100', 10], ['370200', 10], ['370300', 9], ['370700', 9], ['370600', 8], ['370800', 5], ['370500', 5], ['371600', 5],
  ['371300', 5], ['371000', 4], ['371100', 4], ['370900', 4], ['371400', 4], ['371500', 4], ['370400', 3], ['371700', 4],
]
const NATURES: [EnterpriseNature, number][] = [['private', 64], ['state_owned', 16], ['joint_venture', 8], ['foreign', 7], ['collective', 2], ['other', 3]]

function weighted<T>(ctx: SeedContext, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0)
  let roll = ctx.rng.next() * total
  for (const [item, w] of items) if ((roll -= w) < 0) return item
  return items[items.length - 1]![0]
}

export function body9(ctx: SeedContext) {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  return Array.from({ length: 9 }, () => ctx.rng.pick([...chars])).join('')
}

/** The org's owner account: a new WeChat user, or a demo account when one is given. */
function owner(
  ctx: SeedContext, role: 'college' | 'enterprise', openid: string, orgId: string, status: VerificationStatus, createdAt: Date,
  demo?: { id: string; displayName: string },
) {
  const userId = demo?.id ?? ctx.rng.id()
  const name = demo?.displayName ?? personName(ctx.rng)
  if (!demo) ctx.rows.user.push({ id: userId, role, openid, displayName: name, phone: mobile(ctx.rng), createdAt, updatedAt: createdAt })
  ctx.rows.membership.push({ id: ctx.rng.id(), userId, orgId, status, isOwner: true, createdAt, updatedAt: createdAt })
  return { userId, name }
}

export function buildColleges(ctx: SeedContext): SeededOrg[] {
  return COLLEGES.map((c, i) => {
    const id = ctx.rng.id()
    const createdAt = ctx.daysAgo(200 - i)
    const verification: VerificationStatus = i < COLLEGES.length - 2 ? 'verified' : 'pending'
    const { userId, name } = owner(ctx, 'college', `o_seed_college_${String(i + 1).padStart(3, '0')}`, id, verification, createdAt)
    ctx.rows.organization.push({
      id, kind: 'college', name: c.name, uscc: makeUscc('college', c.cityCode, body9(ctx)), cityCode: c.cityCode, address: c.address,
      industryCode: '85', verification, reviewedAt: verification === 'verified' ? ctx.daysAgo(190 - i) : null,
      intro: `${c.name}是山东省公办全日制高等职业院校，重点服务${c.chains.map((ch) => ctx.chainName.get(ch)).join('、')}等标志性产业链。`,
      contactName: name, contactPhone: `0${ctx.rng.int(530, 546)}-${ctx.rng.int(2000000, 8999999)}`,
      contactTitle: ctx.rng.pick(['校企合作处处长', '招生就业处处长', '产教融合办公室主任', '科研处副处长']),
      contactEmail: `xqhz${String(i + 1).padStart(2, '0')}@college.example.cn`, createdAt, updatedAt: createdAt,
    })
    for (const chainId of c.chains) ctx.rows.orgChain.push({ orgId: id, chainId })
    return { id, name: c.name, cityCode: c.cityCode, chains: c.chains, ownerUserId: userId, verification }
  })
}

export function buildEnterprises(
  ctx: SeedContext, count: number, demoOwners: { verified: { id: string; displayName: string }; pending: { id: string; displayName: string } },
): SeededOrg[] {
  const chainIds = ctx.ref.chains.map((c) => c.id)
  const used = new Set<string>([DEMO_ENTERPRISE.name, PENDING_ENTERPRISE.name])
  const orgs: SeededOrg[] = []
  for (let i = 0; i < count; i++) {
    const fixed = i === 0 ? DEMO_ENTERPRISE : i === 1 ? PENDING_ENTERPRISE : undefined
    // The first 16 cover every city and the first 38 every chain twice; the rest follow the weights.
    const cityCode = fixed?.cityCode ?? (i < 18 ? CITY_WEIGHT[i - 2]![0] : weighted(ctx, CITY_WEIGHT))
    const chain = fixed?.chain ?? (i < 40 ? chainIds[(i - 2) % chainIds.length]! : ctx.rng.pick(chainIds))
    const chains = ctx.rng.chance(0.3) ? [chain, ctx.rng.pick(chainIds.filter((c) => c !== chain))] : [chain]
    const leader = !fixed && ctx.rng.chance(0.09)
    let name = fixed?.name ?? ''
    while (!name || (!fixed && used.has(name))) {
      name = `${CITY_SHORT[cityCode]}${ctx.rng.pick(BRANDS)}${ctx.rng.pick(CHAIN_CONTENT[chain]!.trades)}${leader || ctx.rng.chance(0.12) ? '股份有限公司' : '有限公司'}`
    }
    used.add(name)
    const id = ctx.rng.id()
    const createdAt = ctx.daysAgo(180 - i)
    const verification: VerificationStatus = i === 1 ? 'pending' : i % 33 === 32 ? 'changes_requested' : i % 25 === 24 ? 'pending' : 'verified'
    const demo = i === 0 ? demoOwners.verified : i === 1 ? demoOwners.pending : undefined
    const { userId, name: contact } = owner(ctx, 'enterprise', `o_seed_enterprise_${String(i + 1).padStart(3, '0')}`, id, verification, createdAt, demo)
    ctx.rows.organization.push({
      id, kind: 'enterprise', name, uscc: makeUscc('enterprise', cityCode, body9(ctx)), cityCode,
      address: `${CITY_SHORT[cityCode]}市${ctx.rng.pick(['高新技术产业开发区', '经济技术开发区', '化工产业园', '临港产业区', '智能制造产业园'])}${ctx.rng.pick(['创业路', '科技大道', '工业园路', '兴业路', '发展大道'])}${ctx.rng.int(1, 399)}号`,
      nature: leader ? ctx.rng.pick<EnterpriseNature>(['state_owned', 'private']) : weighted(ctx, NATURES),
      industryCode: INDUSTRY[chain], verification,
      reviewedAt: verification === 'verified' ? ctx.daysAgo(175 - i) : null,
      reviewNote: verification === 'changes_requested' ? '营业执照照片不清晰，请重新上传后提交。' : null,
      intro: `${name}主要从事${ctx.chainName.get(chain)}领域相关产品的研发、生产与服务。`,
      contactName: contact, contactPhone: mobile(ctx.rng), contactTitle: ctx.rng.pick(['人力资源部经理', '总经理助理', '技术中心主任', '综合管理部部长']),
      contactEmail: `hr${String(i + 1).padStart(3, '0')}@enterprise.example.cn`, createdAt, updatedAt: createdAt,
    })
    for (const chainId of chains) ctx.rows.orgChain.push({ orgId: id, chainId })
    const labels = new Set<string>()
    if (leader) labels.add('chain_leader')
    if (i === 0 || ctx.rng.chance(0.25)) labels.add('srdi_sme')
    if (ctx.rng.chance(0.07)) labels.add('little_giant')
    if (ctx.rng.chance(0.12)) labels.add('gazelle')
    if (i === 0 || ctx.rng.chance(0.4)) labels.add('high_tech')
    if (ctx.rng.chance(0.15)) labels.add('innovative_sme')
    for (const labelId of labels) ctx.rows.orgLabel.push({ orgId: id, labelId, verified: verification === 'verified' && ctx.rng.chance(0.8) })
    orgs.push({ id, name, cityCode, chains, ownerUserId: userId, verification })
  }
  return orgs
}
