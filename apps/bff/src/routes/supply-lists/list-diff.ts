import { stableJson } from '../../excel/content-hash'
import type { Draft } from './list-kinds'

export interface SectionChange {
  section: string
  label: string
  /** Row counts before and after, for list sections. */
  from: number | null
  to: number | null
}

/** Which sections differ between two snapshots of a list; row counts say how much. */
export function diffSections(before: Draft, after: Draft, labels: Record<string, string>): SectionChange[] {
  const keys = [...new Set([...Object.keys(labels), ...Object.keys(before), ...Object.keys(after)])]
  const changes: SectionChange[] = []
  for (const key of keys) {
    if (stableJson(before[key]) === stableJson(after[key])) continue
    const rows = (v: unknown) => (Array.isArray(v) ? v.length : null)
    changes.push({ section: key, label: labels[key] ?? key, from: rows(before[key]), to: rows(after[key]) })
  }
  return changes
}
