import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_UPLOADS_PER_HOUR, loadEnv, TEST_SECRET } from './env'

describe('loadEnv', () => {
  it('fills safe defaults for a bare environment: embedded database, no demo, no secret of its own, limits on', () => {
    const env = loadEnv({})
    expect(env.PORT).toBe(3000)
    expect(env.HOST).toBe('0.0.0.0')
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.DEMO_MODE).toBe(false)
    expect(env.RATE_LIMIT).toBe(true)
    expect(env.PGLITE_DATA_DIR).toMatch(/data[\\/]pglite$/)
    expect(env.SECRET_FILE).toMatch(/data[\\/]secret\.key$/)
    expect(env.H5_DIST).toMatch(/apps[\\/]miniapp[\\/]dist[\\/]h5$/)
    expect(env.WECHAT_API_BASE).toBe('https://api.weixin.qq.com')
    // No constant stands in: the per-install secret file is read (or made) at start-up.
    expect(env.JWT_SECRET).toBeUndefined()
  })

  it("turns demo mode on for npm start's first run only on loopback, with the embedded database, outside production", () => {
    const demo = loadEnv({}, { demoMode: true })
    expect({ demo: demo.DEMO_MODE, host: demo.HOST }).toEqual({ demo: true, host: '127.0.0.1' })
    expect(loadEnv({ HOST: '0.0.0.0' }, { demoMode: true }).DEMO_MODE).toBe(false)
    expect(loadEnv({ DATABASE_URL: 'postgresql://u@db:5432/app' }, { demoMode: true }).DEMO_MODE).toBe(false)
    expect(loadEnv({ DEMO_MODE: 'false' }, { demoMode: true }).DEMO_MODE).toBe(false)
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }, { demoMode: true })).not.toThrow()
    expect(loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }, { demoMode: true }).DEMO_MODE).toBe(false)
  })

  it('refuses demo mode on a public address and in production', () => {
    expect(() => loadEnv({ DEMO_MODE: 'true', HOST: '0.0.0.0' })).toThrow(/HOST/)
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DEMO_MODE: 'true', HOST: '127.0.0.1' })).toThrow(/DEMO_MODE/)
    expect(loadEnv({ DEMO_MODE: 'true', HOST: 'localhost' }).DEMO_MODE).toBe(true)
  })

  it('refuses switching rate limits off in production only', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), RATE_LIMIT: 'off' })).toThrow(/RATE_LIMIT/)
    expect(loadEnv({ NODE_ENV: 'test', RATE_LIMIT: 'off' }).RATE_LIMIT).toBe(false)
  })

  it('limits uploads by default, lifts the limit only in demo mode or when configured, never in production (decision 074)', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }
    expect(loadEnv(production).UPLOAD_RATE_LIMIT).toBe(DEFAULT_UPLOADS_PER_HOUR)
    expect(loadEnv({ ...production, UPLOAD_RATE_LIMIT: '5' }).UPLOAD_RATE_LIMIT).toBe(5)
    expect(() => loadEnv({ ...production, UPLOAD_RATE_LIMIT: 'off' })).toThrow(/UPLOAD_RATE_LIMIT/)
    expect(loadEnv({ NODE_ENV: 'test' }).UPLOAD_RATE_LIMIT).toBe(DEFAULT_UPLOADS_PER_HOUR)
    expect(loadEnv({ NODE_ENV: 'development', DEMO_MODE: 'true' }).UPLOAD_RATE_LIMIT).toBeNull()
    expect(loadEnv({ NODE_ENV: 'development', DEMO_MODE: 'true', UPLOAD_RATE_LIMIT: '7' }).UPLOAD_RATE_LIMIT).toBe(7)
    expect(loadEnv({ NODE_ENV: 'test', UPLOAD_RATE_LIMIT: 'off' }).UPLOAD_RATE_LIMIT).toBeNull()
    expect(loadEnv({ NODE_ENV: 'test', RATE_LIMIT: 'off' }).UPLOAD_RATE_LIMIT).toBeNull()
    for (const bad of ['0', '-1', '2.5', 'many', '10001']) expect(() => loadEnv({ NODE_ENV: 'test', UPLOAD_RATE_LIMIT: bad })).toThrow(/UPLOAD_RATE_LIMIT/)
  })

  it('names every bad variable in English and Chinese', () => {
    const error = (() => {
      try {
        loadEnv({ PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', DEMO_MODE: 'maybe', WECHAT_API_BASE: 'ftp://x' })
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as ConfigError).message
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'DEMO_MODE', 'WECHAT_API_BASE']) expect(message).toContain(name)
    expect(message).toContain('配置有误')
    expect(message).not.toContain('HOST')
  })

  it('requires a long JWT_SECRET of its own in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/)
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/)
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: TEST_SECRET })).toThrow(/JWT_SECRET/)
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'zhilian-development-secret-do-not-use-in-production' })).toThrow(/JWT_SECRET/)
    expect(loadEnv({ NODE_ENV: 'test' }).JWT_SECRET).toBe(TEST_SECRET)
    expect(loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).JWT_SECRET).toBe('x'.repeat(32))
  })

  it('stops the server process with a message naming PORT', () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url))
    const tsx = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url))
    const result = spawnSync(process.execPath, [tsx, main], {
      env: { PATH: process.env.PATH, PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(result.status).not.toBe(0)
    expect(result.status).not.toBeNull()
    expect(result.stderr).toContain('PORT')
    expect(result.stderr).toContain('端口')
  })
})
