import { ListStatus } from '@zhilian/shared'
import type { MyList } from '@zhilian/shared/contracts/lists'

/**
 * 附件1/附件2's status line. The status and its version describe the last submission (an import counts a version but
 * submits nothing, so `list.version` can be ahead of it); a draft changed since says so, or 「已通过 · 第1版」 read as
 * describing the form being edited (decision 073).
 */
export function listStatusLine(mine: Pick<MyList, 'list' | 'lastSubmitted'>): string {
  const { list, lastSubmitted } = mine
  if (!list) return '状态：未填写'
  return [
    `状态：${ListStatus.labels[list.status]}`,
    lastSubmitted ? `第${lastSubmitted.version}版` : '',
    list.unsubmittedChanges ? '有未提交的修改' : '',
  ].filter(Boolean).join(' · ')
}
