/** A bare Hono route on @hono/node-server answering a fixed JSON body: the ceiling for any endpoint. */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const body = JSON.parse(process.argv[2] ?? '{}') as unknown
const app = new Hono().get('/bare', (c) => c.json(body))
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send?.({ port: info.port }))
