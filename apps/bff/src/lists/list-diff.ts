import { stableJson } from '../excel/content-hash'
import type { Draft } from './list-kinds'

export interface SectionChange {
  section: string
  /** The field as the form names it: 填报人, 基本信息·联系人电话, 主要实验/实训设备. */
  label: string
  /** What an official reads: the value itself, `N项` for a list section, `—` for empty. */
  from: string
  to: string
}

const EMPTY = '—'
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
function shown(v: unknown): string {
  if (v === null || v === undefined || v === '') return EMPTY
  if (Array.isArray(v)) return `${v.length}项`
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (isObject(v)) return `${Object.keys(v).length}项内容`
  const s = String(v)
  return s.length > 60 ? `${s.slice(0, 60)}…` : s
}

/**
 * The fields that differ between two snapshots of a list, one row each: a basic block (an object) is
 * compared field by field, a list section by row count, anything else by value. Unchanged fields, and
 * fields empty on both sides, never show.
 */
export function diffSections(before: Draft, after: Draft, labels: Record<string, string>): SectionChange[] {
  const keys = [...new Set([...Object.keys(labels), ...Object.keys(before), ...Object.keys(after)])]
  const changes: SectionChange[] = []
  for (const key of keys) {
    const [a, b] = [before[key], after[key]]
    if (stableJson(a) === stableJson(b)) continue
    const label = labels[key] ?? key
    if ((isObject(a) || a === undefined) && (isObject(b) || b === undefined)) {
      const [x, y] = [a ?? {}, b ?? {}]
      for (const sub of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (stableJson(x[sub]) === stableJson(y[sub]) || shown(x[sub]) === shown(y[sub])) continue
        changes.push({ section: key, label: `${label}·${labels[`${key}.${sub}`] ?? sub}`, from: shown(x[sub]), to: shown(y[sub]) })
      }
      continue
    }
    const [from, to] = [shown(a), shown(b)]
    // A list edited in place keeps its length; say so instead of "3项 → 3项".
    changes.push({ section: key, label, from, to: from === to ? `${to}（内容有修改）` : to })
  }
  return changes
}
