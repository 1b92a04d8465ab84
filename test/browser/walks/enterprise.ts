/**
 * README "What you can do", the enterprise's rows, walked on the phone from a fresh seed: the owner (demo_enterprise)
 * through 企业工作台 — standing, 我的岗位 (post with its 产业链 → 待审核, edit, pause, close, duplicate), applicants by
 * stage, 成员管理 (an invitation code), 本单位成效, 附件2 and 注册新单位, 参展报名与我的展位, 产教对接 (院校匹配,
 * 共享设备, 揭榜挂帅) — its 招聘专员 (demo_enterprise_hr), who handles applicants and is offered 附件2 to read only, and a
 * newcomer in no unit (demo_newcomer) who joins with the owner's invitation code, then seen by the owner.
 */
import type { Locator } from 'playwright-core'
import { expect } from 'vitest'
import { screenshot } from '../../lib/browser'
import type { Walker } from '../../lib/walk'

const ENTERPRISE = '淄博恒瑞精密机械有限公司'
const NEW_JOB = '数控机床装调维修工（走查）'

/** The enterprise owner finishes every enterprise row of the README; the HR colleague sees only what the role allows. */
export async function walkEnterprise(w: Walker) {
  const { page } = w
  const visible = (selector: string) => page.locator(`${selector} >> visible=true`)

  // ── 企业工作台: the unit's standing, and every entry the README names.
  await w.signIn('以企业身份体验')
  await w.open('/pages/me/index')
  await w.tap('企业工作台')
  await w.see(ENTERPRISE)
  await w.see('企业 · 已认证')
  for (const entry of ['我的岗位与应聘者', '单位资料', '成员管理', '本单位成效', '企业需求清单（附件2）', '注册新单位', '院校匹配', '共享设备', '项目台账', '参展报名与我的展位', '凭邀请码加入单位']) await w.see(entry)
  await screenshot(page, 'walk-enterprise-1-workbench')

  // ── 我的岗位: post a job with its 产业链; it waits for review (待审核).
  await w.tap('我的岗位与应聘者')
  await w.tap('发布新岗位')
  await page.locator('input[name="title"]').waitFor({ timeout: 30_000 })
  await page.locator('input[name="title"]').fill(NEW_JOB)
  await page.locator('input[name="headcount"]').fill('3')
  await page.locator('input[name="salaryMin"]').fill('6000')
  await page.locator('input[name="salaryMax"]').fill('9000')
  await page.locator('textarea').first().fill('负责数控机床的安装调试与日常维修保养。')
  await w.tap('淄博市')
  await w.tap('高端装备')
  await w.tap('提交审核')
  // The form goes back by itself once the BFF has saved the job; leaving earlier would abort the request.
  const hasPosted = async () => (await w.api<{ items: { title: string }[] }>('/api/enterprise/jobs?limit=100')).items.some((j) => j.title === NEW_JOB)
  await expect.poll(hasPosted, { timeout: 30_000 }).toBe(true)
  await w.open('/pkg-enterprise/jobs/index')
  const posted = visible('.enterprise-job').filter({ hasText: NEW_JOB })
  await posted.first().waitFor({ timeout: 30_000 })
  await expect.poll(() => posted.first().textContent()).toContain('审核中：平台审核通过后对学生公开')
  const saved = (await w.api<{ items: { title: string; chainId: string | null }[] }>('/api/enterprise/jobs?limit=100')).items.find((j) => j.title === NEW_JOB)
  expect(saved?.chainId).toBeTruthy()

  // Edit from the job's card.
  const open = visible('.enterprise-job').filter({ hasText: '招聘中' }).first()
  const openTitle = (await open.locator('.job-card__title').textContent())!.trim()
  // The original job's card: once duplicated, the copy shares its title but waits for review (审核中).
  const card = () =>
    visible('.enterprise-job').filter({ has: page.locator('.job-card__title', { hasText: new RegExp(`^${openTitle}$`) }), hasNotText: '审核中' }).first()
  await w.tap('编辑', card())
  await expect.poll(() => page.locator('input[name="title"] >> visible=true').inputValue(), { timeout: 30_000 }).toBe(openTitle)

  // Duplicate, pause and close, each after its confirmation: the copy is a 草稿 with the same title beside the
  // original; the original is paused and resumed (an applicant's job stays open for the steps below); the copy closed.
  await w.open('/pkg-enterprise/jobs/index')
  const titled = (status: string) =>
    visible('.enterprise-job').filter({ has: page.locator('.job-card__title', { hasText: new RegExp(`^${openTitle}$`) }) }).filter({ has: page.locator('.status-tag', { hasText: status }) })
  await titled('招聘中').first().waitFor({ timeout: 30_000 })
  // On this page opened first (no style borrowed from a page seen before): the status on the right of the title, the
  // action buttons on one line (Taro's H5 sheet once dropped every button after the first by 15 px).
  const box = async (l: Locator) => (await l.boundingBox())!
  const shown = titled('招聘中').first()
  const [head, tag] = [await box(shown.locator('.job-card__head')), await box(shown.locator('.status-tag'))]
  expect(Math.abs(tag.x + tag.width - (head.x + head.width))).toBeLessThanOrEqual(1)
  const [applicants, edit] = [await box(shown.locator('.btn', { hasText: /^应聘者$/ })), await box(shown.locator('.btn', { hasText: /^编辑$/ }))]
  expect({ top: Math.round(edit.y), height: Math.round(edit.height) }).toEqual({ top: Math.round(applicants.y), height: Math.round(applicants.height) })
  const drafts = await titled('草稿').count()
  await w.tap('复制为新岗位', titled('招聘中').first())
  await w.confirm('确定')
  await expect.poll(() => titled('草稿').count(), { timeout: 30_000 }).toBe(drafts + 1)
  await w.tap('暂停招聘', titled('招聘中').first())
  await w.confirm('确定')
  await titled('已暂停').first().waitFor({ timeout: 30_000 })
  await w.tap('恢复招聘', titled('已暂停').first())
  await w.confirm('确定')
  await expect.poll(() => titled('已暂停').count(), { timeout: 30_000 }).toBe(0)
  await w.tap('关闭岗位', titled('草稿').first())
  await w.confirm('确定')
  await expect.poll(() => titled('草稿').count(), { timeout: 30_000 }).toBe(drafts)
  await titled('已关闭').first().waitFor({ timeout: 30_000 })
  // A closed job offers only 复制为新岗位: it can never open again.
  expect(await titled('已关闭').first().locator('button, .btn').allTextContents()).not.toContain('恢复招聘')
  await screenshot(page, 'walk-enterprise-2-job-actions')

  await w.open('/pkg-enterprise/jobs/index')
  // Applicants by stage, with the allowed actions: a job with someone still at 已投递 or 已查看 (the student walk may
  // have withdrawn from another one), then an interview invitation with a place; the applicant moves to 面试.
  const withApplicants = visible('.enterprise-job').filter({ hasText: /投递[1-9]\d*份：.*(已投递|已查看)[1-9]/ }).first()
  await w.tap('应聘者', withApplicants)
  await visible('.applicant-card').first().waitFor({ timeout: 30_000 })
  const stageCount = async (label: string) => {
    const heads = (await visible('.pipeline-stage .stage').allTextContents()).map((t) => t.trim())
    const head = heads.find((t) => t.startsWith(`${label}（`))
    return head ? Number(/（(\d+)）/.exec(head)![1]) : 0
  }
  const interviewing = await stageCount('面试')
  const waiting = visible('.pipeline-stage').filter({ has: page.getByText(/^(已投递|已查看)（\d+）$/) }).first()
  await w.tap('邀请面试', waiting.locator('.applicant-card').first())
  const invitation = page.getByRole('dialog', { name: '面试邀请' })
  await invitation.locator('input[name="place"]').fill('淄博市张店区恒瑞精密 3楼会议室')
  await invitation.getByText('发送面试邀请', { exact: true }).click()
  await expect.poll(() => stageCount('面试'), { timeout: 30_000 }).toBe(interviewing + 1)
  await screenshot(page, 'walk-enterprise-3-applicants')

  // ── 成员管理: the owner makes a one-time invitation code for a role.
  await w.open('/pkg-enterprise/index')
  await w.tap('成员管理')
  await w.see('邀请同事')
  await w.see('招聘专员')
  await w.tap('只读成员')
  await w.tap('生成邀请码')
  const digits = async () => ((await visible('.invite-card__digits').first().textContent().catch(() => '')) ?? '').trim()
  await expect.poll(digits, { timeout: 15_000 }).toMatch(/^[A-Z0-9]{8}$/)
  const invitationCode = await digits()
  await w.see('只读成员 · 仅可使用一次')
  await w.see('复制邀请链接')

  // ── 本单位成效: the year's figures, how each is counted, the formula.
  await w.open('/pkg-enterprise/index')
  await w.tap('本单位成效')
  await w.see('各项明细')
  await w.see('计算方法')

  // ── 附件2 and 注册新单位 (an enterprise or another kind of unit, decision 079).
  await w.open('/pkg-enterprise/index')
  await w.tap('企业需求清单（附件2）')
  await w.see('基本信息')
  // The last step, 提交前检查, carries the Excel template and upload.
  await page.locator('.lf-steps__current >> visible=true').click()
  await w.tap('提交前检查', page.locator('.lf-steps__menu'))
  await w.see('Excel 填报')
  await w.see('下载模板')
  await w.open('/pkg-enterprise/index')
  await w.tap('注册新单位')
  await w.see('统一社会信用代码')

  // ── 参展报名与我的展位: the fairs open to exhibitors, the booth of the 淄博 fair, its jobs and slots.
  await w.open('/pkg-enterprise/index')
  await w.tap('参展报名与我的展位')
  await w.see('申请展位')
  const mineBooth = visible('.exhibitor-event').filter({ hasText: '高端装备产业链专场双选会' }).first()
  await expect.poll(() => mineBooth.textContent(), { timeout: 30_000 }).toMatch(/我的展位：[AB]区 [AB]\d{2} 号/)
  const applyable = visible('.exhibitor-event').filter({ has: page.getByText('申请展位', { exact: true }) }).first()
  const applyTitle = (await applyable.locator('.job-card__title').textContent())!.trim()
  await w.tap('申请展位', applyable)
  await w.confirm('申请')
  await expect.poll(() => visible('.exhibitor-event').filter({ hasText: applyTitle }).first().textContent(), { timeout: 15_000 }).toContain('待主办方审核')
  await w.tap('我的展位', mineBooth)
  await w.see('展出岗位')
  await w.see('现场面试时段')
  await w.see(/到访学生（\d+）/)
  await w.tap('开放面试时段')
  await w.see('可预约')

  // ── 产教对接: 院校匹配 (score parts and 为什么推荐), 共享设备 (book a slot), 揭榜挂帅 (the colleges that took it).
  await w.open('/pkg-enterprise/index')
  await w.tap('院校匹配')
  await w.see('岗位 → 院校专业')
  await visible('.link-rows').filter({ hasText: '岗位 → 院校专业' }).locator('.link-rows__row').first().click()
  await visible('.match-card').first().waitFor({ timeout: 60_000 })
  await w.see('为什么推荐')
  await screenshot(page, 'walk-enterprise-4-matches')
  await w.open('/pkg-enterprise/matches/index')
  await w.see('技术难题（揭榜挂帅）')
  // The seed gives the demo enterprise's challenge a college's proposal (prisma/src/seed/demand.ts).
  await visible('.link-rows').filter({ hasText: '技术难题（揭榜挂帅）' }).locator('.link-rows__row').filter({ hasText: /[1-9]\d* 家揭榜/ }).first().click()
  await visible('.taker-card').first().waitFor({ timeout: 30_000 })
  await w.see(/提交于 \d{4}-\d{2}-\d{2}/)
  // Accept a college's proposal: the challenge becomes 已揭榜 and the proposal 已采纳.
  await w.see('待采纳')
  await w.tap('采纳该方案')
  await w.confirm('采纳')
  await w.see('已采纳')

  await w.open('/pkg-enterprise/equipment/index')
  const device = visible('.equipment-card').first()
  await device.waitFor({ timeout: 30_000 })
  await w.tap('预约', device)
  await page.locator('textarea[name="purpose"]').fill('新产品样件试切')
  await w.tap('提交预约')
  await w.see('待院校确认')

  // ── The HR colleague: applicants yes, 附件2 to read.
  await w.signIn('孙婷')
  await w.open('/pkg-enterprise/index')
  await w.see('我的岗位与应聘者')
  await w.see('我的角色：招聘专员')
  // 附件2 is offered to read, not to fill (decision 091).
  await w.see('查看企业需求清单（附件2）')

  // ── 凭邀请码加入单位: a new employee in no unit types the owner's code and joins in the code's role.
  await w.signIn('陈静')
  await w.open('/pages/me/index')
  await w.tap('单位工作台') // in no unit yet: any kind of 单位 (decision 084)
  await w.see('您尚未加入任何单位')
  await w.tap('凭邀请码加入单位')
  await page.locator('input[name="code"] >> visible=true').fill(invitationCode)
  await w.tap('加入')
  await w.see(`已加入「${ENTERPRISE}」`)
  await w.see('企业 · 角色：只读成员')
  await w.tap('进入单位工作台')
  await w.see('我的角色：只读成员（已认证）')
  await screenshot(page, 'walk-enterprise-5-joined')
  // The owner sees the newcomer among the members and the code as used by them, where a role can be changed.
  await w.signIn('以企业身份体验')
  await w.open('/pkg-enterprise/index')
  await w.tap('成员管理')
  const newcomer = visible('.member-row').filter({ hasText: '陈静' }).first()
  await expect.poll(() => newcomer.textContent(), { timeout: 30_000 }).toContain('只读成员')
  expect(await newcomer.textContent()).toContain('改角色')
  await w.see(/已使用（陈静）/)
}
