/**
 * The README's "What you can do" table walked on the phone, one test per role, on one platform freshly seeded for
 * this file (H5 build, real BFF in demo mode, iPhone 13 profile). Each walk (./walks/) finishes every row of its
 * role and asserts the Chinese text the row promises. They run in this order on the same data: the student first
 * (a visitor sees the seed as it is), then the enterprise, the college and fair organiser, the province's
 * administrator, and a city bureau and a province department as their own walks. A failing walk leaves a screenshot
 * of the screen it stopped on in test/.artifacts (walk-<name>-failed.png).
 */
import { describe, expect, test } from 'vitest'
import { screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'
import { walker, type Walker } from '../lib/walk'
import { walkCollege } from './walks/college'
import { walkEnterprise } from './walks/enterprise'
import { walkCityBureau, walkDepartment, walkProvince } from './walks/officials'
import { walkStudent } from './walks/student'

const session = phoneSession()

const walk = (name: string, run: (w: Walker) => Promise<void>) => async () => {
  const w = await walker(session)
  try {
    await run(w)
    expect(w.failures).toEqual([])
  } catch (e) {
    // The screen the walk stopped on, for whoever reads the failure (test/.artifacts).
    await screenshot(w.page, `walk-${name}-failed`).catch(() => undefined)
    throw e
  } finally {
    await w.page.close()
  }
}

describe('README walkthroughs', () => {
  test('student: 首页, 岗位, job detail → 申请, 我的, 培训, 双选会 (预约面试, 订阅提醒), 我的日程 / 活动当天 / 签到, 消息', walk('student', walkStudent), 300_000)
  test('enterprise owner, HR and a newcomer: 企业工作台, 我的岗位 (post, edit, duplicate, pause, close), applicants and an interview invitation, 成员管理 and 凭邀请码加入单位, 成效, 附件2, 参展, 产教对接', walk('enterprise', walkEnterprise), 300_000)
  test('college and fair organiser: 院校工作台, 活动管理 and 注册新院校', walk('college', walkCollege), 300_000)
  test('province administrator: 审核队列 (the new college approved), 单位设置, 操作日志, 数字地图 (培训), 产业链分析, 适配监测, 年度报告, 成效排名, 匹配解释, 产业链管理', walk('province', walkProvince), 300_000)
  test('city bureau (淄博市教育局): its scope and its side of the queue only', walk('city-bureau', walkCityBureau), 120_000)
  test('province department (工业和信息化厅): its scope and its side of the queue only', walk('department', walkDepartment), 120_000)
})
