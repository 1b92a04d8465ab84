import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, jsonInit, type Harness } from '../testing/harness'
import { MAX_JSON_BYTES } from './input-guard'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const post = (path: string, raw: string, type = 'application/json') => h.app.request(path, { method: 'POST', body: raw, headers: { 'content-type': type } })

describe('the input guard in front of every handler', () => {
  it('refuses NUL and lone surrogates in paths and query strings with 400, before any handler', async () => {
    for (const path of ['/api/jobs?q=%00', '/api/jobs?q=a%00b', '/api/jobs/%00', '/api/jobs/%ED%A0%80', '/api/jobs?%00=1', '/api/events/a%E0']) {
      const problem = await expectProblem(await h.app.request(path), 400, 'BAD_REQUEST')
      expect(problem.message).toContain('无法保存的字符')
    }
    expect((await h.app.request('/api/jobs?q=%E6%95%B0%E6%8E%A7')).status).toBe(200)
  })

  it('refuses NUL and lone surrogates anywhere in a JSON body, keys included', async () => {
    for (const body of ['{"username":"a\\u0000","password":"x"}', '{"username":"\\ud800","password":"x"}', '{"a":{"b\\u0000":1}}', '[["\\udc00"]]']) {
      const problem = await expectProblem(await post('/api/auth/password', body), 400, 'BAD_REQUEST')
      expect(problem.issues?.[0]?.path).toMatch(/^body/)
    }
    // A surrogate pair (an emoji) is fine: it reaches the handler, which refuses the credentials.
    await expectProblem(await h.app.request('/api/auth/password', jsonInit('POST', { username: '😀', password: 'x' })), 401, 'INVALID_CREDENTIALS')
  })

  it('refuses JSON nested deeper than any form, without overflowing the stack', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const problem = await expectProblem(await post('/api/auth/password', deep), 400, 'BAD_REQUEST')
    expect(problem.message).toContain('层级过深')
    await expectProblem(await post('/api/auth/password', '{"username": '), 400, 'BAD_REQUEST')
  })

  it('answers a JSON body over the limit with 413 and a Chinese message, whether or not it declares its length', async () => {
    const big = JSON.stringify({ username: 'a', password: 'x'.repeat(MAX_JSON_BYTES) })
    const undeclared = await expectProblem(await post('/api/auth/password', big), 413, 'PAYLOAD_TOO_LARGE')
    expect(undeclared.message).toContain('1 MB')
    // As Node's server sees a client's body: its length in the header, refused from the header alone.
    const declared = await h.app.request('/api/auth/password', {
      method: 'POST', body: big, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) },
    })
    expect((await expectProblem(declared, 413, 'PAYLOAD_TOO_LARGE')).message).toContain('1 MB')
    const small = JSON.stringify({ username: 'a', password: 'x' })
    const fits = await h.app.request('/api/auth/password', {
      method: 'POST', body: small, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(small)) },
    })
    await expectProblem(fits, 401, 'INVALID_CREDENTIALS')
    const bytes = new TextEncoder().encode(big)
    const streamed = new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.subarray(i, i + 64 * 1024))
        controller.close()
      },
    })
    const chunked = await h.app.request('/api/auth/password', {
      method: 'POST', body: streamed, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, duplex: 'half',
    } as RequestInit)
    await expectProblem(chunked, 413, 'PAYLOAD_TOO_LARGE')
  })

  it('gives uploads their own, larger limit', async () => {
    const form = new FormData()
    form.append('file', new File([new Uint8Array(2 * 1024 * 1024)], 'list.xlsx'))
    // 2 MB passes the size check (and is then refused for what it is, unauthenticated here).
    await expectProblem(await h.app.request('/api/imports/demand', { method: 'POST', body: form }), 401, 'UNAUTHENTICATED')
    const huge = new FormData()
    huge.append('file', new File([new Uint8Array(6 * 1024 * 1024)], 'list.xlsx'))
    await expectProblem(await h.app.request('/api/imports/demand', { method: 'POST', body: huge }), 413, 'PAYLOAD_TOO_LARGE')
  })
})
