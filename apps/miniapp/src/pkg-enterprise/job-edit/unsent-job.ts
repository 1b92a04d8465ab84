import Taro from '@tarojs/taro'
import { getToken } from '../../api/token'

/**
 * A job typed on a phone but not yet sent: kept on the phone at every change, so leaving the form (返回, a call,
 * WeChat closing the page) does not lose it, and cleared once the job is saved. A new job (decision 084) has one
 * copy; an edit of a published job (decision 088) one per job, with the server's `updatedAt` it started from (`base`):
 * it comes back only while the server's copy is still that one, since someone else may have changed the job since.
 * A copy belongs to the session that typed it (a hash of its token, not the token): another account signed in on
 * the same phone neither gets nor erases it.
 */
const NEW_JOB = 'zl.unsentJob'
const keyOf = (jobId?: string) => (jobId ? `${NEW_JOB}.${jobId}` : NEW_JOB)

export interface UnsentJob<T> {
  draft: T
  /** An edit's starting point: the job's `updatedAt` when the typing began. */
  base?: string
}

/** djb2 over the token: tells sessions apart without keeping a second copy of the credential. */
function session(): string {
  let h = 5381
  for (const c of getToken() ?? '') h = ((h * 33) ^ c.charCodeAt(0)) >>> 0
  return h.toString(36)
}

function stored(key: string): { session?: unknown; draft?: unknown; base?: unknown } | null {
  try {
    const raw: unknown = Taro.getStorageSync(key)
    return typeof raw === 'string' && raw ? (JSON.parse(raw) as { session?: unknown; draft?: unknown; base?: unknown }) : null
  } catch {
    return null
  }
}

/** This session's unsent new job (no id) or edit of job `jobId`, or null. */
export function readUnsentJob<T extends object>(jobId?: string): UnsentJob<T> | null {
  const value = stored(keyOf(jobId))
  if (value?.session !== session() || !value.draft || typeof value.draft !== 'object') return null
  return { draft: value.draft as T, ...(typeof value.base === 'string' ? { base: value.base } : {}) }
}

export const keepUnsentJob = (draft: object, edit?: { jobId: string; base: string }) =>
  Taro.setStorageSync(keyOf(edit?.jobId), JSON.stringify({ session: session(), draft, ...(edit ? { base: edit.base } : {}) }))

/** Drops this session's copy; another session's stays for it (opening a form is no reason to lose it). */
export function dropUnsentJob(jobId?: string) {
  if (stored(keyOf(jobId))?.session === session()) Taro.removeStorageSync(keyOf(jobId))
}
