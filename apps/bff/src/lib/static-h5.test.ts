import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib'
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
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><html lang="zh-CN"><title>职链齐鲁</title></html>')
  await writeFile(path.join(dist, 'js', 'app.js'), 'console.log(1)')
  await writeFile(path.join(dist, 'js', 'big.js'), 'console.log("职链齐鲁");\n'.repeat(2000))
  await writeFile(path.join(dist, 'js', 'app.1a2b3c4d.js'), 'hashed();\n'.repeat(500))
  await writeFile(path.join(dist, 'js', 'app.1a2b3c4d.js.br'), brotliCompressSync('hashed();\n'.repeat(500)))
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

  it('gzips files without a precompressed copy, and API JSON too', async () => {
    const res = await h.app.request('/js/big.js', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    const body = Buffer.from(await res.arrayBuffer())
    expect(gunzipSync(body).toString()).toBe('console.log("职链齐鲁");\n'.repeat(2000))
    expect(body.length).toBeLessThan(2000)
    const api = await h.app.request('/api/openapi.json', { headers: { 'Accept-Encoding': 'gzip, br' } })
    expect(api.headers.get('content-type')).toContain('application/json')
    expect(api.headers.get('content-encoding')).toBe('gzip')
    const zipped = Buffer.from(await api.arrayBuffer())
    const json = gunzipSync(zipped)
    expect(JSON.parse(json.toString()).openapi).toBe('3.1.0')
    expect(zipped.length).toBeLessThan(json.length / 4)
    const plain = await h.app.request('/api/openapi.json')
    expect(plain.headers.get('content-encoding')).toBeNull()
    // Skipping compress() for a client without gzip must still tell caches the answer varies.
    expect(plain.headers.get('vary')).toContain('Accept-Encoding')
    expect(JSON.parse(await plain.text()).openapi).toBe('3.1.0')
  })

  it('sends the build\'s brotli copy to browsers that accept it', async () => {
    const res = await h.app.request('/js/app.1a2b3c4d.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('vary')).toContain('Accept-Encoding')
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe('hashed();\n'.repeat(500))
  })

  it('lets browsers keep hashed files a year and revalidate everything else', async () => {
    expect((await h.app.request('/js/app.1a2b3c4d.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await h.app.request('/js/app.js')).headers.get('cache-control')).toBe('no-cache')
    expect((await h.app.request('/')).headers.get('cache-control')).toBe('no-cache')
    expect((await h.app.request('/pages/jobs/detail')).headers.get('cache-control')).toBe('no-cache')
    expect((await h.app.request('/api/health')).headers.get('cache-control') ?? '').not.toContain('immutable')
  })

  it('marks index.html in demo mode, on every app route, so the first render can draw the demo banner', async () => {
    const demo = new Hono()
    mountH5(demo, dist, { demo: true })
    for (const url of ['/', '/index.html', '/pages/jobs/detail']) {
      const res = await demo.request(url)
      expect(res.headers.get('cache-control')).toBe('no-cache')
      expect(await res.text()).toContain('<html data-demo lang="zh-CN"><title>职链齐鲁</title>')
    }
    expect(await (await demo.request('/js/app.js')).text()).toBe('console.log(1)')
    expect(await (await h.app.request('/')).text()).not.toContain('data-demo')
  })

  it('explains in Chinese how to build when the H5 build is missing', async () => {
    const app = new Hono()
    expect(mountH5(app, path.join(dist, 'absent')).built).toBe(false)
    const res = await app.request('/')
    expect(res.status).toBe(503)
    expect(await res.text()).toContain('npm run build:h5')
  })
})
