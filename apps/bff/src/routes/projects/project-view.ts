import type { Prisma } from '@zhilian/db'
import type { ProjectCard, ProjectDetail } from '@zhilian/shared/contracts/projects'
import type { Principal } from '../../lib/types'
import { viewerRole } from './project-access'
import { orgIdsMay } from '../../lib/org-access'

/** What the card and the detail read; one select so the two never disagree. */
export const PROJECT_SELECT = {
  id: true, title: true, source: true, status: true, goals: true, signedAt: true, completedAt: true, updatedAt: true,
  completionRequestedByOrgId: true, completionRequestedAt: true,
  chain: { select: { name: true } },
  event: { select: { id: true, title: true, organizerOrgId: true, organizerGroupingId: true, cityCode: true, createdByUserId: true, organizer: { select: { kind: true } } } },
  challenge: { select: { id: true, title: true } },
  major: { select: { code: true, name: true } },
  parties: { select: { orgId: true, org: { select: { id: true, name: true, kind: true } } }, orderBy: { joinedAt: 'asc' } },
  milestones: { select: { id: true, title: true, dueAt: true, doneAt: true }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }] },
} as const satisfies Prisma.ProjectSelect

type Row = Prisma.ProjectGetPayload<{ select: typeof PROJECT_SELECT }>

const milestoneOut = (m: Row['milestones'][number]) => ({ id: m.id, title: m.title, dueAt: m.dueAt.toISOString(), doneAt: m.doneAt?.toISOString() ?? null })

export function cardOf(user: Principal, p: Row): ProjectCard {
  const next = p.milestones.find((m) => !m.doneAt)
  const role = viewerRole(user, p)
  return {
    id: p.id, title: p.title, source: p.source, status: p.status, chainName: p.chain?.name ?? null,
    parties: p.parties.map((x) => x.org),
    milestones: { done: p.milestones.filter((m) => m.doneAt).length, total: p.milestones.length },
    nextMilestone: next ? milestoneOut(next) : null,
    signedAt: p.signedAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
    viewerRole: role,
    completionRequest: completionRequestOf(user, p, role),
  }
}

function completionRequestOf(user: Principal, p: Row, role: ProjectCard['viewerRole']): ProjectCard['completionRequest'] {
  if (!p.completionRequestedByOrgId || !p.completionRequestedAt) return null
  const by = p.completionRequestedByOrgId
  const orgName = p.parties.find((x) => x.org.id === by)?.org.name ?? '原合作单位'
  return { orgId: by, orgName, requestedAt: p.completionRequestedAt.toISOString(), mine: role === 'party' && user.orgIds.includes(by) }
}

export const UPDATE_SELECT = {
  id: true, body: true, statusTo: true, createdAt: true, orgId: true,
  milestone: { select: { title: true } },
} as const satisfies Prisma.ProjectUpdateSelect

type UpdateRow = Prisma.ProjectUpdateGetPayload<{ select: typeof UPDATE_SELECT }>

export function detailOf(user: Principal, p: Row, updates: UpdateRow[]): ProjectDetail {
  const { milestones: _m, nextMilestone: _n, ...card } = cardOf(user, p)
  const names = new Map(p.parties.map((x) => [x.org.id, x.org.name]))
  const mayCooperate = orgIdsMay(user, 'cooperation')
  return {
    ...card,
    goals: p.goals,
    completedAt: p.completedAt?.toISOString() ?? null,
    event: p.event ? { id: p.event.id, title: p.event.title } : null,
    challenge: p.challenge,
    major: p.major,
    milestones: p.milestones.map(milestoneOut),
    updates: updates.map((u) => ({
      id: u.id, orgName: names.get(u.orgId) ?? '原合作单位', body: u.body,
      milestoneTitle: u.milestone?.title ?? null, statusTo: u.statusTo, createdAt: u.createdAt.toISOString(),
    })),
    canPost: card.viewerRole === 'party' && (p.status === 'signed' || p.status === 'in_progress') && p.parties.some((x) => mayCooperate.includes(x.org.id)),
  }
}
