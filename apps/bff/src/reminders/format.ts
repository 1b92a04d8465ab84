import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import { toTemplateData } from '../lib/wechat'
import type { ReminderPayload } from './templates'

dayjs.extend(utc)

/**
 * Shandong's clock. Asia/Shanghai has been UTC+8 all year since 1991 (no DST), so a fixed offset gives
 * the same answer as `.tz('Asia/Shanghai')` without a time-zone lookup per call, the largest single cost in the dispatch
 * worker's CPU profile.
 */
const shandong = (iso: string) => dayjs(iso).utcOffset(480)

/** WeChat's `time` field format, in Shandong's clock. */
export const wechatTime = (iso: string) => shandong(iso).format('YYYY-MM-DD HH:mm')
export const chineseTime = (iso: string) => shandong(iso).format('M月D日 HH:mm')

/** thing1 = what, time2 = when, thing3 = where; cut to WeChat's limits so no send fails with 47003. */
export function templateData(p: ReminderPayload) {
  return toTemplateData({ thing1: p.title, time2: wechatTime(p.at), thing3: p.place ?? '详见小程序' })
}

export function inboxText(p: ReminderPayload) {
  return { title: `即将开始：${p.title}`, body: `${chineseTime(p.at)}${p.place ? ` · ${p.place}` : ''}`, link: p.page ?? null }
}
