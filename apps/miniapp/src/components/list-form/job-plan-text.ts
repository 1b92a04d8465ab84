import type { JobPlan } from '@zhilian/shared/contracts/lists'

const names = (jobs: { title: string }[]) => jobs.map((j) => `「${j.title}」`).join('、')

/** What the confirm dialog says before 附件2 is submitted: exactly which live jobs approval will add, change or close. */
export function jobPlanText(plan: JobPlan): string {
  const lines = [
    plan.add.length ? `新增岗位${plan.add.length}个：${names(plan.add)}` : '',
    plan.change.length ? `修改岗位${plan.change.length}个：${plan.change.map((c) => `「${c.title}」（${c.fields.join('、')}）`).join('、')}` : '',
    plan.close.length ? `关闭岗位${plan.close.length}个：${names(plan.close)}` : '',
  ].filter(Boolean)
  const none = lines.length === 0 ? ['本次提交不改变任何在招岗位。'] : []
  return [
    ...none, ...lines,
    // Said only when there are some: 「发布的0个岗位不受影响」 read as a warning about nothing (decision 113).
    ...(plan.untouched > 0 ? [`在「我的岗位」中发布的${plan.untouched}个岗位不受影响。`] : []),
    '以上变化在审核通过后生效；提交后将进入平台审核。确定提交吗？',
  ].join('\n')
}
