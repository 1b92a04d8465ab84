/**
 * A second client on an open database that reports every SQL statement it sends: for tests that count the
 * statements of a request (hot paths, decision 030). Same adapter kind as the handle, so PGlite and PostgreSQL
 * are counted the same way. Its `hotSql` logs the statements the hot paths send on the driver beside Prisma's.
 * Disconnect it before closing the handle.
 */
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../generated/client/client'
import type { DbHandle } from './client'
import type { HotSql } from './hot-sql'
import { SerialClient } from './serial-client'

export function withStatementLog(db: DbHandle): { prisma: PrismaClient; hotSql: HotSql; statements: string[] } {
  const statements: string[] = []
  const adapter = db.pglite ? new PrismaPGlite(db.pglite) : new PrismaPg({ connectionString: db.url, Client: SerialClient })
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
  // Transaction control (BEGIN, COMMIT) is not a statement of the request's own.
  prisma.$on('query', (e) => {
    if (/^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i.test(e.query)) statements.push(e.query)
  })
  const hotSql: HotSql = (q, name) => {
    statements.push(q.sql)
    return db.hotSql(q, name)
  }
  return { prisma, hotSql, statements }
}
