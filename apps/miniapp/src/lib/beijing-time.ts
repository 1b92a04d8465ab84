import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * Every time the app shows or asks for is Beijing time, wherever the phone is; the BFF stores
 * instants. China keeps UTC+8 all year, so a fixed offset is exact and needs no Intl time-zone data,
 * which the mini-program's JS engine may lack (so no `toLocaleString({ timeZone })` anywhere).
 */
export const shanghai = (iso: string | Date) => dayjs(iso).utcOffset(8 * 60)

/**
 * 2026-11-24: the Beijing calendar day of an instant. The one way to show a date: cutting `slice(0, 10)` from an
 * ISO timestamp gives the UTC day, a day early between 00:00 and 08:00 Beijing time.
 */
export const beijingDate = (iso: string | Date) => shanghai(iso).format('YYYY-MM-DD')

/** 2026-11-24 01:05: a timestamp in an admin list or a version history. */
export const beijingDateTime = (iso: string | Date) => shanghai(iso).format('YYYY-MM-DD HH:mm')

/** 2026-11-24 01:05:09: the audit log, where two entries a minute apart must stay in order. */
export const beijingDateTimeSeconds = (iso: string | Date) => shanghai(iso).format('YYYY-MM-DD HH:mm:ss')

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** 11月21日 周六 09:00 */
export const dayTime = (iso: string) => {
  const t = shanghai(iso)
  return `${t.format('M月D日')} 周${WEEKDAYS[t.day()]} ${t.format('HH:mm')}`
}

/** 09:00 */
export const clock = (iso: string) => shanghai(iso).format('HH:mm')

/** 11-21 09:00, for timelines where the weekday is noise. */
export const shortDateTime = (iso: string) => shanghai(iso).format('MM-DD HH:mm')

/** A span with weekday: the end's date only when it falls on another day. */
export function spanText(startsAt: string, endsAt: string | null) {
  if (!endsAt) return dayTime(startsAt)
  const sameDay = shanghai(startsAt).format('YYYYMMDD') === shanghai(endsAt).format('YYYYMMDD')
  return `${dayTime(startsAt)}–${sameDay ? clock(endsAt) : dayTime(endsAt)}`
}

/** A booking slot without weekday: "11月24日 09:00–12:00", or both days when it spans several. */
export function slotText(startIso: string, endIso: string): string {
  const a = shanghai(startIso)
  const b = shanghai(endIso)
  const sameDay = a.format('YYYYMMDD') === b.format('YYYYMMDD')
  return sameDay ? `${a.format('M月D日 HH:mm')}–${b.format('HH:mm')}` : `${a.format('M月D日 HH:mm')} – ${b.format('M月D日 HH:mm')}`
}

export const isSameShanghaiDay = (a: string | Date, b: string | Date) => shanghai(a).format('YYYYMMDD') === shanghai(b).format('YYYYMMDD')

/** YYYY-MM-DD in Beijing, `days` from today: the default of a date picker. */
export const beijingDay = (days: number, now: number = Date.now()) => shanghai(new Date(now)).add(days, 'day').format('YYYY-MM-DD')

/** The instant of a date and time picked in Beijing. */
export const beijingIso = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString()
