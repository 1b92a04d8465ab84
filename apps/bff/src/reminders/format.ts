import { beijingMinute, chineseTime } from '../lib/beijing-time'
import { toTemplateData } from '../lib/wechat'
import type { ReminderPayload } from './templates'

/**
 * thing1 = what, time2 = when, thing3 = where; an application's progress (decision 116) has phrase3 = its new status
 * (录用意向 is four characters, within a phrase's five). Cut to WeChat's limits so no send fails with 47003.
 */
export function templateData(templateKey: string, p: ReminderPayload) {
  if (templateKey === 'application_changed') return toTemplateData({ thing1: p.title, time2: beijingMinute(p.at), phrase3: p.status ?? '有更新' })
  return toTemplateData({ thing1: p.title, time2: beijingMinute(p.at), thing3: p.place ?? '详见小程序' })
}

export function inboxText(p: ReminderPayload) {
  return { title: `${p.heading ?? '即将开始'}：${p.title}`, body: `${chineseTime(p.at)}${p.place ? ` · ${p.place}` : ''}`, link: p.page ?? null }
}
