import { beijingDay, beijingIso, shanghai } from '../../lib/beijing-time'

/** A moment as the pickers hold it: a date and a time of day in Beijing time. */
export interface When { date: string; time: string }

export const whenOf = (iso: string): When => ({ date: shanghai(iso).format('YYYY-MM-DD'), time: shanghai(iso).format('HH:mm') })
export const isoOf = (w: When) => beijingIso(w.date, w.time)
export const optionalIso = (w: When | null) => (w ? isoOf(w) : undefined)

/** Tomorrow in Beijing at the given time. */
export const tomorrowAt = (time: string): When => ({ date: beijingDay(1), time })
