import Taro from '@tarojs/taro'
import { Picker, View } from '@tarojs/components'
import type { EnterpriseJob } from '@zhilian/shared/contracts/jobs'
import { closingDayRange, endOfBeijingDay, MAX_CLOSING_DAYS } from '@zhilian/shared/rules/deadlines'
import { errorMessage } from '../../api/api-error'
import { setJobClosingDate } from '../../api/enterprise'
import { beijingDate } from '../../lib/beijing-time'

/** A job closed by its date re-opens with a new one; a job closed by hand does not (decision 055). */
const reopens = (job: EnterpriseJob) => job.status === 'closed' && job.expiredAt !== null
export const offersClosingDate = (job: EnterpriseJob) => job.status !== 'closed' || reopens(job)

/** What to ask before the change, or null when it only gives students more time. */
export function closingDateQuestion(job: EnterpriseJob, day: string): { title: string; content: string } | null {
  if (reopens(job)) return { title: '重新开放岗位', content: `岗位将重新对学生展示，${day}截止。岗位内容未改动，无需再次审核。` }
  const earlier = job.closesAt === null || endOfBeijingDay(day).getTime() < new Date(job.closesAt).getTime()
  if (!earlier) return null
  return { title: '提前截止', content: `截止日期将${job.closesAt ? `从${beijingDate(job.closesAt)}提前` : '设'}为${day}，当天结束后学生将不能再投递。` }
}

/**
 * 截止日期 on a job card: a date picker from today to MAX_CLOSING_DAYS ahead (the BFF judges the same range by its
 * own clock). Shortening and re-opening ask first; extending does not.
 */
export function ClosingDate({ job, onChanged }: { job: EnterpriseJob; onChanged: () => Promise<void> | void }) {
  const { first, last } = closingDayRange()
  const label = reopens(job) ? '重新开放' : job.closesAt ? '修改截止日期' : '设置截止日期'
  const current = job.closesAt ? beijingDate(job.closesAt) : last
  // The current day held within the allowed range (ISO days sort as strings): the middle one of the three.
  const value = [first, current, last].sort()[1]!

  const pick = async (day: string) => {
    const question = closingDateQuestion(job, day)
    if (question) {
      const { confirm } = await Taro.showModal({ ...question, confirmText: '确定', cancelText: '取消' })
      if (!confirm) return
    }
    try {
      await setJobClosingDate(job.id, { closesOn: day })
      void Taro.showToast({ title: reopens(job) ? `已重新开放，${day}截止` : `截止日期已改为${day}`, icon: 'none' })
      await onChanged()
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    }
  }

  return (
    <Picker mode='date' value={value} start={first} end={last} onChange={(ev) => void pick(String(ev.detail.value))} aria-label={`${label}（最多${MAX_CLOSING_DAYS}天内）`}>
      <View className='btn btn--small btn--ghost'>{label}</View>
    </Picker>
  )
}
