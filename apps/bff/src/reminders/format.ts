import { beijingMinute, chineseTime } from '../lib/beijing-time'
import { toTemplateData } from '../lib/wechat'
import type { ReminderPayload } from './templates'

/** thing1 = what, time2 = when, thing3 = where; cut to WeChat's limits so no send fails with 47003. */
export function templateData(p: ReminderPayload) {
  return toTemplateData({ thing1: p.title, time2: beijingMinute(p.at), thing3: p.place ?? '详见小程序' })
}

export function inboxText(p: ReminderPayload) {
  return { title: `${p.heading ?? '即将开始'}：${p.title}`, body: `${chineseTime(p.at)}${p.place ? ` · ${p.place}` : ''}`, link: p.page ?? null }
}
