import type { Prisma, PrismaClient } from '@zhilian/db'
import { maskedIfPhone } from '../../lib/phone-mask'

type Db = PrismaClient
type Lookup = (db: Db, ids: string[]) => Promise<[string, string][]>

const pairs = <T extends { id: string }>(rows: T[], name: (r: T) => string) => rows.map((r) => [r.id, name(r)] as [string, string])
const orgs: Lookup = async (db, ids) => pairs(await db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }), (o) => o.name)
const jobs: Lookup = async (db, ids) => pairs(await db.job.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }), (j) => j.title)

/**
 * What each audited entity is called where an official reads it: a job by its title, a membership by
 * the member's name, an application by the job applied to. One query per entity kind on the page.
 * Lists are named by their organisation (the entry's orgName), chains and reports by their diff.
 */
const LOOKUPS: Record<string, Lookup> = {
  Organization: orgs,
  organization: orgs,
  Job: jobs,
  job: jobs,
  Event: async (db, ids) => pairs(await db.event.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }), (e) => e.title),
  Booth: async (db, ids) =>
    pairs(await db.booth.findMany({ where: { id: { in: ids } }, select: { id: true, event: { select: { title: true } }, org: { select: { name: true } } } }), (b) => `${b.org.name}·${b.event.title}`),
  Application: async (db, ids) =>
    pairs(await db.application.findMany({ where: { id: { in: ids } }, select: { id: true, job: { select: { title: true } } } }), (a) => a.job.title),
  Membership: async (db, ids) =>
    pairs(await db.membership.findMany({ where: { id: { in: ids } }, select: { id: true, user: { select: { displayName: true } } } }), (m) => maskedIfPhone(m.user.displayName)),
  EquipmentBooking: async (db, ids) =>
    pairs(await db.equipmentBooking.findMany({ where: { id: { in: ids } }, select: { id: true, equipment: { select: { name: true } } } }), (b) => b.equipment.name),
  TechChallenge: async (db, ids) => pairs(await db.techChallenge.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }), (t) => t.title),
  ChallengeTaker: async (db, ids) =>
    pairs(await db.challengeTaker.findMany({ where: { id: { in: ids } }, select: { id: true, challenge: { select: { title: true } } } }), (t) => t.challenge.title),
  Project: async (db, ids) => pairs(await db.project.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }), (p) => p.title),
  User: async (db, ids) => pairs(await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } }), (u) => maskedIfPhone(u.displayName)),
  IndustryChain: async (db, ids) => pairs(await db.industryChain.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }), (c) => c.name),
  Major: async (db, ids) =>
    (await db.major.findMany({ where: { code: { in: ids } }, select: { code: true, name: true } })).map((m) => [m.code, m.name] as [string, string]),
}

/** `entity:id` → name for the entities of one page, and orgId → name for their organisations. */
export async function auditNames(db: Db, rows: { entity: string; entityId: string; orgId: string | null }[]) {
  const byEntity = new Map<string, Set<string>>()
  for (const r of rows) if (LOOKUPS[r.entity]) byEntity.set(r.entity, (byEntity.get(r.entity) ?? new Set()).add(r.entityId))
  const orgIds = [...new Set(rows.flatMap((r) => (r.orgId ? [r.orgId] : [])))]
  const [entityPairs, orgPairs] = await Promise.all([
    Promise.all([...byEntity].map(async ([entity, ids]) => (await LOOKUPS[entity]!(db, [...ids])).map(([id, name]) => [`${entity}:${id}`, name] as const))),
    orgs(db, orgIds),
  ])
  const entities = new Map(entityPairs.flat())
  const orgNames = new Map(orgPairs)
  return {
    entityName: (r: { entity: string; entityId: string }) => entities.get(`${r.entity}:${r.entityId}`) ?? null,
    orgName: (r: { orgId: string | null }) => (r.orgId ? (orgNames.get(r.orgId) ?? null) : null),
  }
}

/**
 * The people a membership entry names inside its diff (the member; a hand-over's former and new owner), masked like
 * every name shown to someone else: entries written before decision 060 hold an account name that may be a phone
 * number, and the name is masked where it is shown rather than rewritten in the log (decision 064).
 */
export function namesMasked(action: string, diff: Prisma.JsonValue): Prisma.JsonValue {
  if (!action.startsWith('member.') || !diff || typeof diff !== 'object' || Array.isArray(diff)) return diff
  const out: Prisma.JsonObject = { ...diff }
  for (const key of action === 'member.transfer' ? ['from', 'to'] : ['member']) {
    const name = out[key]
    if (typeof name === 'string') out[key] = maskedIfPhone(name)
  }
  return out
}
