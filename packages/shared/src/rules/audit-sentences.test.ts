import { describe, expect, it } from 'vitest'
import { auditSentence } from './audit-sentences'

describe('audit entries as sentences', () => {
  it('names the chain and what changed, in Chinese, for every chain action', () => {
    const e = (action: string, diff: unknown) => auditSentence({ action, entityId: 'SD-C20', diff })
    expect(e('chain.create', { chain: '储能', status: 'candidate', source: '2026省政府工作报告' })).toBe('新增产业链“储能”（待确认），依据：2026省政府工作报告')
    expect(e('chain.confirm', { chain: '储能', from: '工作报告', to: '鲁政发〔2026〕1号' })).toBe('确认产业链“储能”为已公布产业链，依据：鲁政发〔2026〕1号（原依据：工作报告）')
    expect(e('chain.retire', { chain: '储能', reason: '并入新能源装备' })).toBe('停用产业链“储能”，原因：并入新能源装备')
    expect(e('chain.restore', { chain: '储能' })).toBe('恢复启用产业链“储能”')
    expect(e('chain.profile', { chain: '储能', changes: [{ field: 'leadEnterprise', from: null, to: '某某集团' }, { field: 'knownEnterprises', from: 120, to: 150 }] }))
      .toBe('修改产业链“储能”的档案：链主企业：（空） → 某某集团；本链企业总数：120 → 150')
    expect(e('chain.update', { chain: '储能', name: { from: '储能', to: '新型储能' }, active: { from: true, to: false } }))
      .toBe('修改产业链“储能”：名称：储能 → 新型储能；启用状态：启用 → 停用')
    expect(e('chain.majors.replace', {
      chain: '储能',
      added: [{ code: '460301', name: '机电一体化技术', relevance: 'core' }],
      removed: [{ code: '510201', name: '计算机应用技术', relevance: 'supporting' }],
      changed: [{ code: '460305', name: '工业机器人技术', from: 'supporting', to: 'core' }],
    })).toBe('调整产业链“储能”的专业：新增 机电一体化技术（核心专业）；移除 计算机应用技术；工业机器人技术 由支撑专业改为核心专业')
    expect(e('report.basis', { year: 2026, to: { inProvinceShare: 0.782, source: '就业质量报告' } })).toBe('登记 2026 年毕业生省内就业比例为 78.2%（来源：就业质量报告）')
  })

  it('falls back to the id for an entry without a name, and answers null for actions it does not know', () => {
    expect(auditSentence({ action: 'chain.restore', entityId: 'SD-C05', diff: null })).toBe('恢复启用产业链“SD-C05”')
    expect(auditSentence({ action: 'review.approve', entityId: 'x', diff: {} })).toBeNull()
  })
})
