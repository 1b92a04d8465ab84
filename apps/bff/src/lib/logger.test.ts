import { prettyFactory } from 'pino-pretty'
import { describe, expect, it } from 'vitest'
import { PRETTY_OPTIONS } from './logger'

describe('the developer terminal log', () => {
  it('prints one line per request, with method, path, status and time, and no field dump under it', () => {
    const pretty = prettyFactory({ ...PRETTY_OPTIONS, colorize: false })
    const out = pretty(JSON.stringify({
      level: 30, time: Date.now(), pid: 1, hostname: 'h', requestId: 'a1b2', method: 'GET', path: '/api/jobs', status: 200, ms: 12, msg: 'GET /api/jobs 200 12ms',
    }))
    expect(out.trimEnd().split('\n')).toHaveLength(1)
    expect(out).toContain('GET /api/jobs 200 12ms')
    expect(out).not.toContain('a1b2')
  })

  it('keeps other entries\' fields, on the same line', () => {
    const pretty = prettyFactory({ ...PRETTY_OPTIONS, colorize: false })
    const out = pretty(JSON.stringify({ level: 30, time: Date.now(), db: 'pglite', dataDir: '/tmp/x', msg: 'database ready' }))
    expect(out.trimEnd().split('\n')).toHaveLength(1)
    expect(out).toContain('"db":"pglite"')
  })
})
