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
  Taro.removeStorageSync(stepKey(kind))
}

/**
 * The step the form was last on, so a list filled between shifts opens where it was left (decision 068), not on
 * 基本信息 again. Cleared with the draft once the list is submitted or imported.
 */
export const stepKey = (kind: string) => `zl.listStep.${kind}`

export function readLastStep(kind: string, steps: number): number {
  const step = Number(Taro.getStorageSync(stepKey(kind)))
  return Number.isInteger(step) && step > 0 && step < steps ? step : 0
}

export function writeLastStep(kind: string, step: number): void {
  Taro.setStorageSync(stepKey(kind), String(step))
}

/** The phone's copy when it is newer than the server's last save. */
export function pickDraft(kind: string, server: Draft, serverUpdatedAt: string | null): { draft: Draft; fromPhone: boolean } {
  const local = readLocalDraft(kind)
  if (local && (!serverUpdatedAt || local.savedAt > serverUpdatedAt)) return { draft: local.draft, fromPhone: true }
  return { draft: server, fromPhone: false }
}
