/**
 * The people the fuzz and authorisation suites act as: one of each role, plus members still waiting for
 * verification, each with a bearer token (anonymous has none). `refresh` re-creates anyone a request deleted
 * and re-signs anyone a request signed out, so one suite can run destructive operations and go on.
 */
import { createAdmin, createCollege, createEnterprise, createMember, createStudent } from '@zhilian/db/factories'
import type { Harness } from './harness'

export type PrincipalName = 'anonymous' | 'student' | 'enterprise' | 'pendingEnterprise' | 'college' | 'pendingCollege' | 'admin'
export const PRINCIPALS: readonly PrincipalName[] = ['anonymous', 'student', 'enterprise', 'pendingEnterprise', 'college', 'pendingCollege', 'admin']

type Role = 'student' | 'enterprise' | 'college' | 'admin'
export interface Actor { name: PrincipalName; userId?: string; role?: Role; orgId?: string; token?: string }

async function make(h: Harness, name: PrincipalName): Promise<Actor> {
  switch (name) {
    case 'anonymous':
      return { name }
    case 'student': {
      const user = await createStudent(h.prisma)
      return { name, userId: user.id, role: 'student' }
    }
    case 'admin': {
      const user = await createAdmin(h.prisma)
      return { name, userId: user.id, role: 'admin' }
    }
    default: {
      const kind = name === 'enterprise' || name === 'pendingEnterprise' ? 'enterprise' : 'college'
      const pending = name.startsWith('pending')
      const org = await (kind === 'enterprise' ? createEnterprise : createCollege)(h.prisma, pending ? { verification: 'pending' } : {})
      const { user } = await createMember(h.prisma, org, { status: pending ? 'pending' : 'verified', isOwner: true })
      return { name, userId: user.id, role: kind, orgId: org.id }
    }
  }
}

export async function createActors(h: Harness): Promise<Record<PrincipalName, Actor>> {
  const actors = {} as Record<PrincipalName, Actor>
  for (const name of PRINCIPALS) actors[name] = await signIn(h, await make(h, name))
  return actors
}

async function signIn(h: Harness, actor: Actor): Promise<Actor> {
  if (!actor.userId || !actor.role) return actor
  const user = await h.prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { tokenVersion: true } })
  return { ...actor, token: await h.tokenFor({ id: actor.userId, role: actor.role, tokenVersion: user.tokenVersion }) }
}

/** After a batch of requests: a deleted actor is made again, a signed-out one signed in again. */
export async function refreshActors(h: Harness, actors: Record<PrincipalName, Actor>): Promise<void> {
  for (const name of PRINCIPALS) {
    const actor = actors[name]
    if (!actor.userId) continue
    const user = await h.prisma.user.findUnique({ where: { id: actor.userId }, select: { deletedAt: true } })
    actors[name] = await signIn(h, user && !user.deletedAt ? actor : await make(h, name))
  }
}

export const authHeader = (actor: Actor): Record<string, string> => (actor.token ? { authorization: `Bearer ${actor.token}` } : {})
