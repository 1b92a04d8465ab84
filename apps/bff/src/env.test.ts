import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadEnv } from './env'

describe('loadEnv', () => {
  it('fills defaults for a bare environment: embedded database, demo login and seed on', () => {
    const env = loadEnv({})
    expect(env.PORT).toBe(3000)
    expect(env.HOST).toBe('0.0.0.0')
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.DEMO_LOGIN).toBe(true)
    expect(env.SEED_DEMO).toBe(true)
    expect(env.PGLITE_DATA_DIR).toMatch(/data[\\/]pglite$/)
    expect(env.H5_DIST).toMatch(/apps[\\/]miniapp[\\/]dist[\\/]h5$/)
    expect(env.WECHAT_API_BASE).toBe('https://api.weixin.qq.com')
    expect(env.JWT_SECRET.length).toBeGreaterThanOrEqual(32)
  })

  it('turns demo login and seeding off by default with an external database', () => {
    const env = loadEnv({ DATABASE_URL: 'postgresql://u@db:5432/app' })
    expect(env.DEMO_LOGIN).toBe(false)
    expect(env.SEED_DEMO).toBe(false)
    expect(loadEnv({ DATABASE_URL: 'postgres://u@db/app', DEMO_LOGIN: 'true' }).DEMO_LOGIN).toBe(true)
  })

  it('names every bad variable in English and Chinese', () => {
    const error = (() => {
      try {
        loadEnv({ PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', DEMO_LOGIN: 'maybe', WECHAT_API_BASE: 'ftp://x' })
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as ConfigError).message
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'DEMO_LOGIN', 'WECHAT_API_BASE']) expect(message).toContain(name)
    expect(message).toContain('配置有误')
    expect(message).not.toContain('HOST')
  })

  it('requires a long JWT_SECRET in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/)
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/)
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
