/**
 * The BFF's only reader of process.env. Everything else receives the parsed `Env`.
 * A bad variable stops start-up with a message naming it, in English and Chinese.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const DEV_JWT_SECRET = 'zhilian-development-secret-do-not-use-in-production'

/** What each variable must look like, for the error message: [English, Chinese]. */
const RULES: Record<string, [string, string]> = {
  NODE_ENV: ['one of development, test, production', '只能是 development、test 或 production'],
  PORT: ['an integer port between 1 and 65535', '必须是 1 到 65535 之间的整数端口号'],
  HOST: ['a host name or address', '必须是主机名或 IP 地址'],
  DATABASE_URL: ['a postgres:// or postgresql:// URL', '必须是 postgres:// 或 postgresql:// 开头的连接串'],
  PGLITE_DATA_DIR: ['a folder path', '必须是文件夹路径'],
  JWT_SECRET: ['at least 32 characters (required in production)', '至少 32 个字符（生产环境必填）'],
  DEMO_LOGIN: ['true or false', '只能是 true 或 false'],
  SEED_DEMO: ['true or false', '只能是 true 或 false'],
  WECHAT_APPID: ['the mini-program AppID', '必须是小程序 AppID'],
  WECHAT_SECRET: ['the mini-program AppSecret', '必须是小程序 AppSecret'],
  WECHAT_API_BASE: ['an http(s) URL', '必须是 http(s) 地址'],
  LOG_LEVEL: ['one of fatal, error, warn, info, debug, trace, silent', '只能是 fatal、error、warn、info、debug、trace、silent 之一'],
  H5_DIST: ['a folder path', '必须是文件夹路径'],
}

const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional())
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .optional()
  .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes'].includes(v)))

const RawEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\/.+/).optional()),
  PGLITE_DATA_DIR: optionalText,
  JWT_SECRET: optionalText.pipe(z.string().min(32).optional()),
  DEMO_LOGIN: flag,
  SEED_DEMO: flag,
  WECHAT_APPID: optionalText,
  WECHAT_SECRET: optionalText,
  WECHAT_API_BASE: z.url({ protocol: /^https?$/ }).default('https://api.weixin.qq.com'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  H5_DIST: optionalText,
})

export interface Env {
  NODE_ENV: 'development' | 'test' | 'production'
  PORT: number
  HOST: string
  DATABASE_URL?: string
  PGLITE_DATA_DIR: string
  JWT_SECRET: string
  DEMO_LOGIN: boolean
  SEED_DEMO: boolean
  WECHAT_APPID?: string
  WECHAT_SECRET?: string
  WECHAT_API_BASE: string
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  H5_DIST: string
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

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = RawEnvSchema.safeParse(source)
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))]
    throw new ConfigError(names)
  }
  const raw = parsed.data
  const production = raw.NODE_ENV === 'production'
  if (production && !raw.JWT_SECRET) throw new ConfigError(['JWT_SECRET'])
  const embedded = !raw.DATABASE_URL
  return {
    NODE_ENV: raw.NODE_ENV,
    PORT: raw.PORT,
    HOST: raw.HOST,
    DATABASE_URL: raw.DATABASE_URL,
    PGLITE_DATA_DIR: path.resolve(repoRoot, raw.PGLITE_DATA_DIR ?? 'data/pglite'),
    JWT_SECRET: raw.JWT_SECRET ?? DEV_JWT_SECRET,
    DEMO_LOGIN: raw.DEMO_LOGIN ?? embedded,
    SEED_DEMO: raw.SEED_DEMO ?? embedded,
    WECHAT_APPID: raw.WECHAT_APPID,
    WECHAT_SECRET: raw.WECHAT_SECRET,
    WECHAT_API_BASE: raw.WECHAT_API_BASE.replace(/\/+$/, ''),
    LOG_LEVEL: raw.LOG_LEVEL ?? (raw.NODE_ENV === 'test' ? 'silent' : 'info'),
    H5_DIST: path.resolve(repoRoot, raw.H5_DIST ?? 'apps/miniapp/dist/h5'),
  }
}
