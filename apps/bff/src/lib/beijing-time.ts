import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'

dayjs.extend(utc)

/**
 * The BFF's one clock for anything a person reads or a year a list belongs to: Shandong's, never the server's
 * (a server on UTC would put 00:00–08:00 Beijing time on the previous day, and 31 December 16:00 UTC in the old
 * year). Asia/Shanghai has been UTC+8 all year since 1991 (no DST), so a fixed offset gives the same answer as
 * `.tz('Asia/Shanghai')` without a time-zone lookup per call, the largest single cost in the reminder worker's
 * CPU profile.
 */
const beijing = (at: Date | string | number = new Date()) => dayjs(at).utcOffset(480)

/** The calendar year in Shandong, e.g. the year a new list is filed for. */
export const beijingYear = (at?: Date | string | number) => beijing(at).year()
/** 2026-12-05 */
export const beijingDay = (at?: Date | string | number) => beijing(at).format('YYYY-MM-DD')
/** 2026-12-05 09:30, also WeChat's `time` field format. */
export const beijingMinute = (at: Date | string | number) => beijing(at).format('YYYY-MM-DD HH:mm')
/** 12月5日 09:30, for sentences. */
export const chineseTime = (at: Date | string | number) => beijing(at).format('M月D日 HH:mm')
