import {
  PartnerPageSchema,
  ProjectDetailSchema,
  ProjectLinksSchema,
  ProjectPageSchema,
  type CreateProjectBody,
  type LINKED_SOURCES,
  type PostProjectUpdateBody,
} from '@zhilian/shared/contracts/projects'
import type { OrgKind } from '@zhilian/shared/contracts/enums'
import type { ProjectStatus } from '@zhilian/shared/rules/projects'
import type { z } from 'zod'
import { call } from './request'

export type ProjectCard = z.infer<typeof ProjectPageSchema>['items'][number]
export type { ProjectDetail } from '@zhilian/shared/contracts/projects'

/** 项目台账: my organisations' projects, my events' projects, or my scope's (administrators). */
export function fetchProjects(cursor: string | null, status?: ProjectStatus) {
  return call('get', '/api/projects', { query: { cursor: cursor ?? undefined, limit: 20, status }, schema: ProjectPageSchema })
}

export function fetchProject(projectId: string) {
  return call('get', '/api/projects/:id', { param: { id: projectId }, schema: ProjectDetailSchema })
}

/** A party's update; naming a milestone ticks it off, `statusTo` moves the project (结项 needs every milestone done). */
export function postProjectUpdate(projectId: string, body: PostProjectUpdateBody) {
  return call('post', '/api/projects/:id/updates', { param: { id: projectId }, body, schema: ProjectDetailSchema })
}

/** Turns what a cooperation grew from (a 签约, a taken challenge, bookings, a training, an 订单班) into a project both parties follow. */
export function createProject(body: CreateProjectBody) {
  return call('post', '/api/projects', { body, schema: ProjectDetailSchema })
}

/** The project form's partner lookup: verified organisations by name (name, kind and city only). */
export function searchPartners(q: string, kind: keyof typeof OrgKind.labels | undefined, cursor: string | null) {
  return call('get', '/api/projects/partners', { query: { q: q || undefined, kind, cursor: cursor ?? undefined, limit: 20 }, schema: PartnerPageSchema })
}

/** What the caller may start a project of `source` from: its events, equipment or training courses. */
export async function fetchProjectLinks(source: (typeof LINKED_SOURCES)[number]) {
  const { items } = await call('get', '/api/projects/links', { query: { source }, schema: ProjectLinksSchema })
  return items
}
