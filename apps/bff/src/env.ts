/**
 * The BFF's only reader of process.env. Everything else receives the parsed `Env`.
 * A bad variable stops start-up with a message naming it, in English and Chinese.
 * Safe by default (docs/decisions/012): demo mode is off unless asked for, listens on loopback only and never
 * runs in production; production needs its own secret; rate limits (and the upload limit, decision 074) can be switched
 * off only outside production.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** The master secret of `NODE_ENV=test` (and only of it): tests sign tokens and codes with it. */
export const TEST_SECRET = 'zhilian-test-secret-only-for-automated-tests'
/** Secrets that were ever published in this repository; production refuses them. */
const PUBLISHED_SECRETS = [TEST_SECRET, 'zhilian-development-secret-do-not-use-in-production']

/** What each variable must look like, for the error message: [English, Chinese]. */
const RULES: Record<string, [string, string]> = {
  NODE_ENV: ['one of development, test, production', '只能是 development、test 或 production'],
  PORT: ['an integer port between 1 and 65535', '必须是 1 到 65535 之间的整数端口号'],
  HOST: ['a host name or address (127.0.0.1, ::1 or localhost while DEMO_MODE is on)', '必须是主机名或 IP 地址（演示模式下只能是 127.0.0.1、::1 或 localhost）'],
  DATABASE_URL: ['a postgres:// or postgresql:// URL', '必须是 postgres:// 或 postgresql:// 开头的连接串'],
  DATA_DIR: ['a folder path', '必须是文件夹路径'],
  PGLITE_DATA_DIR: ['a folder path', '必须是文件夹路径'],
  JWT_SECRET: [
    'at least 32 characters, required in production and never a value published in this repository',
    '至少 32 个字符；生产环境必填，且不能使用代码库中公开过的值',
  ],
  DEMO_MODE: ['true or false, and never true in production', '只能是 true 或 false；生产环境不能开启演示模式'],
  RATE_LIMIT: ['on or off, and never off in production', '只能是 on 或 off；生产环境不能关闭限流'],
  UPLOAD_RATE_LIMIT: [
    'off or the uploads one user may make in an hour (1 to 10000), and never off in production',
    '只能是 off 或每位用户每小时可上传的次数（1 到 10000）；生产环境不能关闭',
  ],
  TRUST_PROXY: ['true or false', '只能是 true 或 false'],
  WECHAT_APPID: ['the mini-program AppID', '必须是小程序 AppID'],
  WECHAT_SECRET: ['the mini-program AppSecret', '必须是小程序 AppSecret'],
  WECHAT_API_BASE: ['an http(s) URL', '必须是 http(s) 地址'],
  LOG_LEVEL: ['one of fatal, error, warn, info, debug, trace, silent', '只能是 fatal、error、warn、info、debug、trace、silent 之一'],
  H5_DIST: ['a folder path', '必须是文件夹路径'],
  DB_POOL_MAX: ['an integer from 1 to 100', '必须是 1 到 100 之间的整数'],
  REMINDER_POOL_MAX: ['an integer from 1 to 100', '必须是 1 到 100 之间的整数'],
}

/**
 * Connections of the API's PostgreSQL pool (decision 031). Issue 13 measured 2–5 as good as 10 and 20 worse on a
 * quiet machine; our check-in runs under load average ~29 found 10 and 20 ahead of 2 and 5. 10 (node-postgres'
 * own default) is no worse in either measurement.
 */
export const DEFAULT_DB_POOL_MAX = 10

const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional())
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .optional()
  .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes'].includes(v)))

const RawEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: optionalText.pipe(z.string().min(1).optional()),
  DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\/.+/).optional()),
  DATA_DIR: optionalText,
  PGLITE_DATA_DIR: optionalText,
  JWT_SECRET: optionalText.pipe(z.string().min(32).optional()),
  DEMO_MODE: flag,
  RATE_LIMIT: z.enum(['on', 'off']).default('on'),
  UPLOAD_RATE_LIMIT: optionalText.pipe(z.union([z.literal('off'), z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(10_000))]).optional()),
  TRUST_PROXY: flag,
  WECHAT_APPID: optionalText,
  WECHAT_SECRET: optionalText,
  WECHAT_API_BASE: z.url({ protocol: /^https?$/ }).default('https://api.weixin.qq.com'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  H5_DIST: optionalText,
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(DEFAULT_DB_POOL_MAX),
  REMINDER_POOL_MAX: z.coerce.number().int().min(1).max(100).default(4),
})

export interface Env {
  NODE_ENV: 'development' | 'test' | 'production'
  PORT: number
  HOST: string
  DATABASE_URL?: string
  /** Holds the embedded database (unless PGLITE_DATA_DIR says otherwise), the per-install secret and backups. */
  DATA_DIR: string
  PGLITE_DATA_DIR: string
  /** The master secret as given; unset outside production means the per-install secret in `SECRET_FILE`. */
  JWT_SECRET?: string
  SECRET_FILE: string
  /** Demo sign-in, the demo accounts and the demo data set; the client shows a 演示模式 banner. */
  DEMO_MODE: boolean
  RATE_LIMIT: boolean
  /**
   * List uploads (import) one user may make in an hour, ten times that from one address (decision 074); null = not
   * limited: UPLOAD_RATE_LIMIT=off, RATE_LIMIT=off, or demo mode unless a number is set.
   */
  UPLOAD_RATE_LIMIT: number | null
  /** Take the client's address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  TRUST_PROXY: boolean
  WECHAT_APPID?: string
  WECHAT_SECRET?: string
  WECHAT_API_BASE: string
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  H5_DIST: string
  /** PostgreSQL only: connections of the API's pool (Prisma). */
  DB_POOL_MAX: number
  /** PostgreSQL only: connections of the reminder worker's own pg-boss pool. */
  REMINDER_POOL_MAX: number
}

/** What `npm start` asks for on a developer's machine: the demo, unless the environment says otherwise. */
export interface EnvDefaults {
  demoMode?: boolean
}

export class ConfigError extends Error {
  constructor(readonly variables: string[]) {
    const lines = variables.map((name) => {
      const [en, zh] = RULES[name] ?? ['is invalid', '取值无效']
      return `  ${name}: must be ${en} / ${zh}`
    })
    super(`Invalid configuration / 配置有误:\n${lines.join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Uploads per user and hour unless configured (decision 074): a person fixing a refused list re-uploads a few times. */
export const DEFAULT_UPLOADS_PER_HOUR = 30

/** The upload limit in force: a number set wins; otherwise none in demo mode (loopback only) or with RATE_LIMIT=off. */
function uploadLimit(configured: 'off' | number | undefined, rateLimit: boolean, demo: boolean): number | null {
  if (!rateLimit || configured === 'off') return null
  if (typeof configured === 'number') return configured
  return demo ? null : DEFAULT_UPLOADS_PER_HOUR
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])
export const isLoopbackHost = (host: string) => LOOPBACK.has(host.toLowerCase())

export function loadEnv(source: Record<string, string | undefined> = process.env, defaults: EnvDefaults = {}): Env {
  const parsed = RawEnvSchema.safeParse(source)
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))]
    throw new ConfigError(names)
  }
  const raw = parsed.data
  const production = raw.NODE_ENV === 'production'
  const embedded = !raw.DATABASE_URL
  // npm start's demo is for a fresh machine: the embedded database, loopback, never production.
  const demoByDefault = !!defaults.demoMode && !production && embedded && (raw.HOST === undefined || isLoopbackHost(raw.HOST))
  const demo = raw.DEMO_MODE ?? demoByDefault
  const host = raw.HOST ?? (demo ? '127.0.0.1' : '0.0.0.0')
  const refused = [
    ...(production && (!raw.JWT_SECRET || PUBLISHED_SECRETS.includes(raw.JWT_SECRET)) ? ['JWT_SECRET'] : []),
    ...(production && demo ? ['DEMO_MODE'] : []),
    ...(demo && !isLoopbackHost(host) ? ['HOST'] : []),
    ...(production && raw.RATE_LIMIT === 'off' ? ['RATE_LIMIT'] : []),
    ...(production && raw.UPLOAD_RATE_LIMIT === 'off' ? ['UPLOAD_RATE_LIMIT'] : []),
  ]
  if (refused.length > 0) throw new ConfigError(refused)
  const dataDir = path.resolve(repoRoot, raw.DATA_DIR ?? 'data')
  return {
    NODE_ENV: raw.NODE_ENV,
    PORT: raw.PORT,
    HOST: host,
    DATABASE_URL: raw.DATABASE_URL,
    DATA_DIR: dataDir,
    PGLITE_DATA_DIR: raw.PGLITE_DATA_DIR ? path.resolve(repoRoot, raw.PGLITE_DATA_DIR) : path.join(dataDir, 'pglite'),
    JWT_SECRET: raw.JWT_SECRET ?? (raw.NODE_ENV === 'test' ? TEST_SECRET : undefined),
    SECRET_FILE: path.join(dataDir, 'secret.key'),
    DEMO_MODE: demo,
    RATE_LIMIT: raw.RATE_LIMIT === 'on',
    UPLOAD_RATE_LIMIT: uploadLimit(raw.UPLOAD_RATE_LIMIT, raw.RATE_LIMIT === 'on', demo),
    TRUST_PROXY: raw.TRUST_PROXY ?? false,
    WECHAT_APPID: raw.WECHAT_APPID,
    WECHAT_SECRET: raw.WECHAT_SECRET,
    WECHAT_API_BASE: raw.WECHAT_API_BASE.replace(/\/+$/, ''),
    LOG_LEVEL: raw.LOG_LEVEL ?? (raw.NODE_ENV === 'test' ? 'silent' : 'info'),
    H5_DIST: path.resolve(repoRoot, raw.H5_DIST ?? 'apps/miniapp/dist/h5'),
    DB_POOL_MAX: raw.DB_POOL_MAX,
    REMINDER_POOL_MAX: raw.REMINDER_POOL_MAX,
  }
}
