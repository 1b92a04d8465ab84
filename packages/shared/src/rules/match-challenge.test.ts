import { describe, expect, it } from 'vitest'
import { CHALLENGE_WEIGHTS as W, matchChallenge, scoreCollegeForChallenge, type CollegeCapability } from './match-challenge'

const challenge = {
  id: 'ch1',
  title: '焊缝缺陷在线检测',
  description: '我公司压力容器焊接后靠人工目检焊缝缺陷，效率低、漏检多，希望采用机器视觉实现焊缝缺陷在线检测，检出率达到98%。',
}

const vision: CollegeCapability = {
  collegeId: 'zbvc', collegeName: '淄博职业学院',
  projects: [
    { name: '基于机器视觉的焊缝缺陷检测系统研发', level: 'provincial', closed: true },
    { name: '中药饮片炮制工艺优化', level: 'school' },
  ],
  patents: [{ name: '一种焊缝缺陷视觉检测装置', kind: 'utility_patent' }],
  equipment: [{ name: '工业视觉检测实训平台', function: '机器视觉检测', shared: true }],
  faculty: { fullTime: 35, seniorShare: 0.4 },
}
const robots: CollegeCapability = {
  collegeId: 'sdvc', collegeName: '山东职业学院',
  projects: [{ name: '焊接机器人离线编程', level: 'national' }], patents: [], equipment: [],
}
const nursing: CollegeCapability = {
  collegeId: 'jnnc', collegeName: '济南护理职业学院',
  projects: [{ name: '老年护理服务标准', level: 'provincial' }], patents: [{ name: '一种护理床', kind: 'utility_patent' }], equipment: [],
}

describe('scoreCollegeForChallenge', () => {
  it('scores by text evidence, related research, IP, equipment and faculty, and explains each', () => {
    const m = scoreCollegeForChallenge(challenge, vision)!
    // Best item: the patent. Its terms (ICU words and bigrams) weighted by idf over this college's four
    // items: the problem holds 焊缝 缺陷 视觉 检测 and their bigrams, not 一种 or 装置 → 38.5 % (text-bm25.ts;
    // the weighting is computed by hand in text-bm25.test.ts).
    // Related: the vision project (省级 = 3 of 8 points), the patent (实用新型 = 2 of 6), the shared
    // platform (shared = 1.5 of 3). Faculty: 0.6 × 0.4/0.5 + 0.4 × min(1, 35/20) = 0.88.
    expect(m.parts).toEqual({
      text: 15.4,
      projects: W.projects * (3 / 8),
      patents: W.patents * (2 / 6),
      equipment: W.equipment * (1.5 / 3),
      faculty: W.faculty * 0.88,
    })
    expect(m.reasons).toEqual([
      '淄博职业学院：最相关成果“一种焊缝缺陷视觉检测装置”，与难题描述重合 39%（焊缝缺陷、视觉、检测）',
      '相关科研项目 1 项：基于机器视觉的焊缝缺陷检测系统研发（省级，已结项）',
      '相关知识产权 1 项（实用新型专利）：一种焊缝缺陷视觉检测装置',
      '相关设备 1 台（套）：工业视觉检测实训平台，其中 1 台（套）对外开放共享',
      '师资：专任教师 35 人，高级职称占 40%',
    ])
  })

  it('leaves out a college with nothing related to the problem', () => {
    expect(scoreCollegeForChallenge(challenge, nursing)).toBeNull()
  })
})

describe('matchChallenge', () => {
  it('ranks the college with matching evidence above one with a loosely related national project', () => {
    const out = matchChallenge(challenge, [nursing, robots, vision])
    expect(out.map((m) => m.college.collegeId)).toEqual(['zbvc', 'sdvc'])
    expect(matchChallenge(challenge, [vision, robots, nursing]).map((m) => m.college.collegeId)).toEqual(['zbvc', 'sdvc'])
  })
})
