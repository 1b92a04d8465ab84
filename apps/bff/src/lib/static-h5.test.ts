import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../testing/harness'
import { mountH5 } from './static-h5'

let h: Harness
let dist: string
beforeAll(async () => {
  h = await createHarness()
  dist = await mkdtemp(path.join(os.tmpdir(), 'zhilian-h5-'))
  await mkdir(path.join(dist, 'js'))
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>职链齐鲁</title>')
  await writeFile(path.join(dist, 'js', 'app.js'), 'console.log(1)')
  await writeFile(path.join(dist, 'js', 'big.js'), 'console.log("职链齐鲁");\n'.repeat(2000))
  mountH5(h.app, dist)
})
afterAll(async () => {
  await h.close()
  await rm(dist, { recursive: true, force: true })
})

describe('mountH5', () => {
  it('serves files, falls back to index.html for app routes, and leaves /api to the API', async () => {
    expect(await (await h.app.request('/')).text()).toContain('职链齐鲁')
    expect(await (await h.app.request('/js/app.js')).text()).toBe('console.log(1)')
    const deep = await h.app.request('/pages/jobs/detail')
    expect(deep.status).toBe(200)
    expect(await deep.text()).toContain('<title>职链齐鲁</title>')
    await expectProblem(await h.app.request('/api/nowhere'), 404, 'NOT_FOUND')
    expect((await h.app.request('/api/health')).status).toBe(200)
  })

  it('gzips the bundle for browsers that accept it, and keeps the API uncompressed', async () => {
    const res = await h.app.request('/js/big.js', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    const body = Buffer.from(await res.arrayBuffer())
    expect(gunzipSync(body).toString()).toBe('console.log("职链齐鲁");\n'.repeat(2000))
    expect(body.length).toBeLessThan(2000)
    const api = await h.app.request('/api/health', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(api.headers.get('content-encoding')).toBeNull()
  })

  it('explains in Chinese how to build when the H5 build is missing', async () => {
    const app = new Hono()
    expect(mountH5(app, path.join(dist, 'absent')).built).toBe(false)
    const res = await app.request('/')
    expect(res.status).toBe(503)
    expect(await res.text()).toContain('npm run build:h5')
  })
})
