import { describe, expect, it } from 'vitest'
import { jobPlanText } from './job-plan-text'

describe('the 附件2 confirm text', () => {
  it('names each job the submission adds, changes or closes, and the untouched ones', () => {
    const text = jobPlanText({
      add: [{ id: null, title: '数控车工' }], change: [{ id: 'j1', title: '电工', fields: ['需求人数', '最高薪资'] }], close: [{ id: 'j2', title: '焊工' }],
      unchanged: 1, untouched: 3, planKey: 'k',
    })
    expect(text).toContain('新增岗位1个：「数控车工」')
    expect(text).toContain('修改岗位1个：「电工」（需求人数、最高薪资）')
    expect(text).toContain('关闭岗位1个：「焊工」')
    expect(text).toContain('在「我的岗位」中发布的3个岗位不受影响')
  })
  it('says plainly when no live job changes', () => {
    expect(jobPlanText({ add: [], change: [], close: [], unchanged: 2, untouched: 0, planKey: 'k' })).toContain('本次提交不改变任何在招岗位')
  })
  // Decision 113: an enterprise that never published a job from 我的岗位 read 「在「我的岗位」中发布的0个岗位不受影响。」.
  it('says nothing of 我的岗位 when no job was published there', () => {
    const text = jobPlanText({ add: [{ id: null, title: '数控车工' }], change: [], close: [], unchanged: 3, untouched: 0, planKey: 'k' })
    expect(text).not.toContain('我的岗位')
    expect(text).toBe('新增岗位1个：「数控车工」\n以上变化在审核通过后生效；提交后将进入平台审核。确定提交吗？')
  })
})
