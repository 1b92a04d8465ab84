import { describe, expect, it } from 'vitest'
import { EFFECT_FORMULA, effectScore, NO_EFFECT, rankByScore } from './effectiveness'

describe('成效 score', () => {
  it('weights each term and adds them up', () => {
    const s = effectScore({ hires: 3, graduateHires: 2, trainees: 5, equipmentHours: 12, solvedChallenges: 1, completedProjects: 2 })
    expect(s.parts.map((p) => p.points)).toEqual([3, 2, 2.5, 1.2, 3, 4])
    expect(s.total).toBe(15.7)
    expect(effectScore(NO_EFFECT).total).toBe(0)
  })

  it('publishes the formula with every term and weight', () => {
    expect(EFFECT_FORMULA).toBe('成效分 = 通过平台招聘入职（人）× 1 + 其中：应届毕业生（人）× 1 + 培训结业人次（人次）× 0.5 + 设备共享时长（小时）× 0.1 + 揭榜挂帅难题解决（经市场验题）（项）× 3 + 合作项目完成（项）× 2')
  })

  it('ranks ties together and then by name', () => {
    const ranked = rankByScore([{ id: 'b', name: '乙', total: 5 }, { id: 'a', name: '甲', total: 9 }, { id: 'c', name: '丙', total: 5 }, { id: 'd', name: '丁', total: 1 }])
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([['甲', 1], ['丙', 2], ['乙', 2], ['丁', 4]])
  })

  it('orders organisations with the same score and name by id, whatever order they came in', () => {
    const rows = [{ id: 'z2', name: '同名', total: 3 }, { id: 'a1', name: '同名', total: 3 }, { id: 'm5', name: '同名', total: 3 }]
    expect(rankByScore(rows).map((r) => r.id)).toEqual(['a1', 'm5', 'z2'])
    expect(rankByScore([...rows].reverse()).map((r) => r.id)).toEqual(['a1', 'm5', 'z2'])
  })
})
