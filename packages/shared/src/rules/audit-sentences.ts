import { activitySentence, type AuditFacts } from './audit-sentences-activity'

/**
 * Audit entries as the Chinese sentences an official reads (the chain page's history and the audit log).
 * Chain administration is phrased here, every other audited action in audit-sentences-activity.ts;
 * an action neither knows answers null (a new action should be added there, not shown raw).
 */
const RELEVANCE: Record<string, string> = { core: '核心专业', supporting: '支撑专业', core_secondary_vocational: '中职核心专业' }
const STATUS: Record<string, string> = { confirmed: '已公布', candidate: '待确认' }

/** The chain profile's fields as the sentences name them. */
export const CHAIN_FIELD_LABELS: Record<string, string> = {
  name: '名称', sortOrder: '排序', active: '启用状态',
  leadEnterprise: '链主企业', leadEnterprisePerson: '链主企业负责人', leadIndustryOrg: '行业组织', leadIndustryOrgPerson: '行业组织负责人',
  leadCollege: '牵头院校', leadCollegePerson: '院校负责人', policyNote: '一链一策', knownEnterprises: '本链企业总数',
  knownEnterprisesSource: '企业总数来源', knownEnterprisesYear: '企业总数统计年份',
}

type Change = { from?: unknown; to?: unknown }
type Major = { code: string; name: string; relevance?: string; from?: string; to?: string }

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const shown = (v: unknown) => {
  if (v === null || v === undefined || v === '') return '（空）'
  if (typeof v === 'boolean') return v ? '启用' : '停用'
  const s = String(v)
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}
const quoted = (name: unknown, fallback: string) => `“${typeof name === 'string' && name ? name : fallback}”`
const majors = (xs: unknown) => (Array.isArray(xs) ? (xs as Major[]) : [])

/** Field changes as `{ field: { from, to } }` or, where order matters, `[{ field, from, to }]`. */
function fieldChanges(changes: unknown): string {
  const list = Array.isArray(changes)
    ? (changes as (Change & { field?: string })[]).map((c) => [String(c.field), c] as const)
    : Object.entries(isRecord(changes) ? changes : {}).filter(([, c]) => isRecord(c)).map(([field, c]) => [field, c as Change] as const)
  return list.map(([field, c]) => `${CHAIN_FIELD_LABELS[field] ?? field}：${shown(c.from)} → ${shown(c.to)}`).join('；')
}

function majorChanges(d: Record<string, unknown>): string {
  const parts = [
    ...majors(d.added).map((m) => `新增 ${m.name}（${RELEVANCE[m.relevance ?? ''] ?? m.relevance}）`),
    ...majors(d.removed).map((m) => `移除 ${m.name}`),
    ...majors(d.changed).map((m) => `${m.name} 由${RELEVANCE[m.from ?? ''] ?? m.from}改为${RELEVANCE[m.to ?? ''] ?? m.to}`),
  ]
  return parts.length ? parts.join('；') : '无变化'
}

export function auditSentence(e: AuditFacts): string | null {
  const d = isRecord(e.diff) ? e.diff : {}
  const chain = quoted(d.chain, e.entityId)
  switch (e.action) {
    case 'chain.create':
      return `新增产业链${chain}（${STATUS[String(d.status)] ?? d.status}），依据：${shown(d.source)}`
    case 'chain.update': {
      const { chain: _name, ...changes } = d
      return `修改产业链${chain}：${fieldChanges(changes)}`
    }
    case 'chain.confirm':
      return `确认产业链${chain}为已公布产业链，依据：${shown(d.to)}（原依据：${shown(d.from)}）`
    case 'chain.retire':
      return `停用产业链${chain}，原因：${shown(d.reason)}`
    case 'chain.restore':
      return `恢复启用产业链${chain}`
    case 'chain.profile':
      return `修改产业链${chain}的档案：${fieldChanges(d.changes) || '无变化'}`
    case 'chain.majors.replace':
      return `调整产业链${chain}的专业：${majorChanges(d)}`
    case 'report.basis': {
      const to = isRecord(d.to) ? d.to : {}
      const share = typeof to.inProvinceShare === 'number' ? `${Math.round(to.inProvinceShare * 1000) / 10}%` : shown(to.inProvinceShare)
      return `登记 ${shown(d.year)} 年毕业生省内就业比例为 ${share}（来源：${shown(to.source)}）`
    }
    default:
      return activitySentence(e)
  }
}
