import type { Prisma } from '@zhilian/db'
import { allowedTargets } from '@zhilian/shared'
import { interviewSelect, interviewView } from '../../applications/interview-view'

export const myApplicationSelect = {
  id: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  job: { select: { id: true, title: true, status: true, cityCode: true, suspendedAt: true, org: { select: { id: true, name: true } } } },
  events: { select: { from: true, to: true, reason: true, at: true }, orderBy: [{ at: 'asc' }, { id: 'asc' }] },
  interviews: { select: interviewSelect, orderBy: { at: 'asc' } },
} satisfies Prisma.ApplicationSelect

type Row = Prisma.ApplicationGetPayload<{ select: typeof myApplicationSelect }>

export function toMyApplication(row: Row) {
  const { org, suspendedAt, ...fields } = row.job
  // Paused by its unit's suspension, not by the enterprise (decision 083): the student is told so (decision 101).
  const job = { ...fields, offlineWithUnit: suspendedAt !== null }
  return {
    id: row.id,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canWithdraw: allowedTargets(row.status, 'student').some((t) => t.status === 'withdrawn'),
    job,
    org,
    timeline: row.events.map((e) => ({ ...e, at: e.at.toISOString() })),
    interviews: row.interviews.map(interviewView),
  }
}
