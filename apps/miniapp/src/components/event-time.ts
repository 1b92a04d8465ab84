import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * Event times read in Asia/Shanghai wherever the phone is. China keeps UTC+8 all year, so a fixed offset
 * is exact and needs no Intl time-zone data (which the mini-program's JS engine may lack).
 */
export const shanghai = (iso: string) => dayjs(iso).utcOffset(8 * 60)

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** 11月21日 周六 09:00 */
export const dayTime = (iso: string) => {
  const t = shanghai(iso)
  return `${t.format('M月D日')} 周${WEEKDAYS[t.day()]} ${t.format('HH:mm')}`
}

export const clock = (iso: string) => shanghai(iso).format('HH:mm')

/** A span: the end's date only when it falls on another day. */
export function spanText(startsAt: string, endsAt: string | null) {
  if (!endsAt) return dayTime(startsAt)
  const sameDay = shanghai(startsAt).format('YYYYMMDD') === shanghai(endsAt).format('YYYYMMDD')
  return `${dayTime(startsAt)}–${sameDay ? clock(endsAt) : dayTime(endsAt)}`
}

export const isSameShanghaiDay = (a: string | Date, b: string | Date) =>
  dayjs(a).utcOffset(480).format('YYYYMMDD') === dayjs(b).utcOffset(480).format('YYYYMMDD')
