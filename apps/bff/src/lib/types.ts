import type { RouteConfig, RouteHandler } from '@hono/zod-openapi'
import type { DbHandle } from '@zhilian/db/client'
import type { Role } from '@zhilian/shared'
import type { AdminScope } from '@zhilian/shared/rules/admin-scope'
import type { MemberRole } from '@zhilian/shared/rules/org-roles'
import type { Logger } from 'pino'
import type { RequestIdVariables } from 'hono/request-id'
import type { z } from 'zod'
import type { Env } from '../env'
import type { SessionPayload } from './auth/session'
import type { Counted } from './rate-limit/counters'
import type { AppKeys } from './secrets'
import type { WeChatClient } from './wechat/client'

export type Db = DbHandle['prisma']
/** The hot paths' statement runner on the driver under Prisma (decision 030). */
export type HotSql = DbHandle['hotSql']
export type RoleName = z.infer<typeof Role.schema>

/** The signed-in person, as `requireAuth` loaded them for this request. */
export interface Principal {
  id: string
  role: RoleName
  displayName: string
  /** Organisations whose membership an administrator verified. */
  orgIds: string[]
  /** The caller's role in each of those organisations (decision 028); lib/org-access.ts reads it. */
  orgRoles: Record<string, MemberRole>
  /** Administrators only: what they govern (decision 021); null for everyone else. */
  adminScope: AdminScope | null
}

/** What the app is built from; tests pass their own database and a WeChat client aimed at the fake. */
export interface AppDeps {
  db: DbHandle
  env: Env
  /** Signing keys derived from the master secret (lib/secrets.ts). */
  keys: AppKeys
  wechat: WeChatClient
  logger: Logger
}

export interface AppBindings {
  Variables: RequestIdVariables & {
    db: Db
    hotSql: HotSql
    dbKind: DbHandle['kind']
    env: Env
    keys: AppKeys
    wechat: WeChatClient
    logger: Logger
    user: Principal | undefined
    /** Set by `requireToken` on routes whose own statement loads the user (decision 031). */
    session: SessionPayload | undefined
    /** Set by `requireToken` on the scans that count themselves in their statement (decision 082); `takeCounts` reads it. */
    counts: Counted | undefined
  }
}

export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppBindings>
