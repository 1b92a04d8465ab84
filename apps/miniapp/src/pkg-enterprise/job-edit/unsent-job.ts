import Taro from '@tarojs/taro'
import { getToken } from '../../api/token'

/**
 * A new job typed on a phone but not yet sent: kept on the phone at every change, so leaving the form (返回, a call,
 * WeChat closing the page) does not lose it, and cleared once the job is submitted (decision 084). Only a new job:
 * an edit starts from the server's copy, which someone else may have changed since. The copy belongs to the session
 * that typed it (a hash of its token, not the token): another account signed in on the same phone does not get it.
 */
const KEY = 'zl.unsentJob'

/** djb2 over the token: tells sessions apart without keeping a second copy of the credential. */
function session(): string {
  let h = 5381
  for (const c of getToken() ?? '') h = ((h * 33) ^ c.charCodeAt(0)) >>> 0
  return h.toString(36)
}

function stored(): { session?: unknown; draft?: unknown } | null {
  try {
    const raw: unknown = Taro.getStorageSync(KEY)
    return typeof raw === 'string' && raw ? (JSON.parse(raw) as { session?: unknown; draft?: unknown }) : null
  } catch {
    return null
  }
}

/** This session's unsent job, or null. */
export function readUnsentJob<T extends object>(): T | null {
  const value = stored()
  return value?.session === session() && value.draft && typeof value.draft === 'object' ? (value.draft as T) : null
}

export const keepUnsentJob = (draft: object) => Taro.setStorageSync(KEY, JSON.stringify({ session: session(), draft }))

/** Drops this session's unsent job; another session's stays for it (opening a blank form is no reason to lose it). */
export function dropUnsentJob() {
  if (stored()?.session === session()) Taro.removeStorageSync(KEY)
}
