import { render, screen, waitFor } from '@testing-library/react'
import { AppError } from '@zhilian/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { forgetDemoMode } from '../api/health'
import { sendJson, sendProblem, startLocalServer } from '../test/local-server'
import { DemoBanner } from './DemoBanner'

const health = (demo: boolean) => ({ status: 'ok', db: 'pglite', version: 'test', demo })
let server: Awaited<ReturnType<typeof startLocalServer>> | undefined

afterEach(async () => {
  forgetDemoMode()
  await server?.close()
})

describe('DemoBanner', () => {
  it('shows 演示模式 when the BFF says it runs in demo mode', async () => {
    server = await startLocalServer({ 'GET /api/health': (_req, res) => sendJson(res, 200, health(true)) })
    render(<DemoBanner />)
    expect(await screen.findByText('演示模式')).toBeInTheDocument()
  })

  it('draws the banner in the first render, without asking, on an H5 page the BFF marked as demo', async () => {
    let asked = 0
    server = await startLocalServer({ 'GET /api/health': (_req, res) => { asked++; sendJson(res, 200, health(true)) } })
    document.documentElement.setAttribute('data-demo', '')
    try {
      render(<DemoBanner />)
      // Synchronously: no answer awaited, so nothing below the banner moves when one would have arrived.
      expect(screen.getByText('演示模式')).toBeInTheDocument()
      expect(asked).toBe(0)
    } finally {
      document.documentElement.removeAttribute('data-demo')
    }
  })

  it('shows nothing outside demo mode, or when the BFF cannot be asked', async () => {
    let asked = 0
    server = await startLocalServer({ 'GET /api/health': (_req, res) => { asked++; sendJson(res, 200, health(false)) } })
    const { container } = render(<DemoBanner />)
    await waitFor(() => expect(asked).toBe(1))
    expect(container.querySelector('.demo-banner')).toBeNull()
    await server.close()
    let failed = 0
    server = await startLocalServer({ 'GET /api/health': (_req, res) => { failed++; sendProblem(res, new AppError('UPSTREAM_UNAVAILABLE')) } })
    forgetDemoMode()
    const other = render(<DemoBanner />)
    await waitFor(() => expect(failed).toBe(1))
    expect(other.container.querySelector('.demo-banner')).toBeNull()
  })
})
