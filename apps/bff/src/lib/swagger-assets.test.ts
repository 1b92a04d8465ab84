import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

describe('/api/docs offline', () => {
  it('loads Swagger UI from this server, never from a CDN, and the assets it names are served', async () => {
    const page = await (await h.app.request('/api/docs')).text()
    expect(page).not.toMatch(/https?:\/\//)
    const assets = [...page.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!)
    expect(assets).toEqual(['/api/docs/swagger-ui-dist/swagger-ui.css', '/api/docs/swagger-ui-dist/swagger-ui-bundle.js'])
    for (const url of assets) {
      const res = await h.app.request(url)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(url.endsWith('.css') ? /text\/css/ : /javascript/)
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(10_000)
    }
    expect((await h.app.request('/api/docs/swagger-ui-dist/package.json')).status).toBe(404)
  })

  it('answers 404 for names every object inherits (hostile-client audit, decision 042)', async () => {
    // They were looked up on the table of files, found on its prototype, read from disk and answered 500.
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      await expectProblem(await h.app.request(`/api/docs/swagger-ui-dist/${name}`), 404, 'NOT_FOUND')
    }
  })
})
