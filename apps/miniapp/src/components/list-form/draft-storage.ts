import Taro from '@tarojs/taro'
import type { Draft } from './paths'

/**
 * Every keystroke also lands in local storage, so a closed app or a dropped connection loses nothing;
 * the server copy wins only when it is newer than the one on the phone.
 */
export const draftKey = (kind: string) => `zl.listDraft.${kind}`

interface LocalDraft {
  savedAt: string
  draft: Draft
}

function readLocalDraft(kind: string): LocalDraft | null {
  const raw: unknown = Taro.getStorageSync(draftKey(kind))
  if (!raw) return null
  try {
    const value = (typeof raw === 'string' ? JSON.parse(raw) : raw) as LocalDraft
    return value && typeof value.savedAt === 'string' && value.draft && typeof value.draft === 'object' ? value : null
  } catch {
    return null
  }
}

export function writeLocalDraft(kind: string, draft: Draft): void {
  Taro.setStorageSync(draftKey(kind), JSON.stringify({ savedAt: new Date().toISOString(), draft }))
}

export function clearLocalDraft(kind: string): void {
  Taro.removeStorageSync(draftKey(kind))
}

/** The phone's copy when it is newer than the server's last save. */
export function pickDraft(kind: string, server: Draft, serverUpdatedAt: string | null): { draft: Draft; fromPhone: boolean } {
  const local = readLocalDraft(kind)
  if (local && (!serverUpdatedAt || local.savedAt > serverUpdatedAt)) return { draft: local.draft, fromPhone: true }
  return { draft: server, fromPhone: false }
}
