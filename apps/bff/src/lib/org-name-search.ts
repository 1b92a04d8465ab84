import { Prisma } from '@zhilian/db'
import { z } from 'zod'
import { escapeLike } from './cursor'
import type { Db } from './types'

const IdRow = z.object({ id: z.string() })

/**
 * A unit-name search for a Prisma filter that finds names stored full-width (decision 117). The keyword is in NFKC
 * already (searchText); a name already in NFKC is found by `contains` as before, and the few stored otherwise
 * (「ＡＢＣ精工」 typed in full-width mode) are found by comparing their NFKC form in SQL, which Prisma cannot
 * write — the job search's way (normalize in SQL), asked only of the names that need it.
 */
export async function orgNameMatches(db: Db, q: string): Promise<Prisma.OrganizationWhereInput> {
  const rows = await db.$queryRaw<unknown[]>(Prisma.sql`SELECT "id" FROM "Organization"
    WHERE NOT ("name" IS NFKC NORMALIZED) AND normalize("name", NFKC) ILIKE ${`%${escapeLike(q)}%`}`)
  const folded = rows.map((r) => IdRow.parse(r).id)
  const like = { name: { contains: escapeLike(q), mode: 'insensitive' as const } }
  return folded.length ? { OR: [like, { id: { in: folded } }] } : like
}
