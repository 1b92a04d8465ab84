import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone.js'
import utc from 'dayjs/plugin/utc.js'
import { toTemplateData } from '../lib/wechat'
import type { ReminderPayload } from './templates'

dayjs.extend(utc)
dayjs.extend(timezone)

export const TZ = 'Asia/Shanghai'

/** WeChat's `time` field format, in Shandong's clock. */
export const wechatTime = (iso: string) => dayjs(iso).tz(TZ).format('YYYY-MM-DD HH:mm')
export const chineseTime = (iso: string) => dayjs(iso).tz(TZ).format('M月D日 HH:mm')

/** thing1 = what, time2 = when, thing3 = where; cut to WeChat's limits so no send fails with 47003. */
export function templateData(p: ReminderPayload) {
  return toTemplateData({ thing1: p.title, time2: wechatTime(p.at), thing3: p.place ?? '详见小程序' })
}

export function inboxText(p: ReminderPayload) {
  return { title: `即将开始：${p.title}`, body: `${chineseTime(p.at)}${p.place ? ` · ${p.place}` : ''}`, link: p.page ?? null }
}
