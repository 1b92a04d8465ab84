import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ImportJobSchema, type ImportJob } from '@zhilian/shared/contracts/imports'
import type { ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startLocalServer } from '../test/local-server'
import { ExcelPanel } from './ExcelPanel'

const job = (over: Partial<ImportJob>): ImportJob =>
  ImportJobSchema.parse({ id: 'imp1', kind: 'demand', status: 'queued', progress: 0, issues: [], unchanged: null, version: null, rows: null, createdAt: '2026-11-23T08:00:00.000Z', finishedAt: null, ...over })
const issues = [
  { path: 'jobs.0.headcount', sheet: '岗位需求', row: 7, column: 'D', message: '需求人数至少为1' },
  { path: 'org.uscc', sheet: '基本信息', row: 3, column: 'B', message: '统一社会信用代码校验位不正确，请核对后重新输入' },
]
// jsdom's XMLHttpRequest applies CORS; the BFF serves the app on its own origin, this test server does not.
const cors = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
  res.end(JSON.stringify(body))
}
let uploadedBytes = 0
let polls = 0
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    // Upload progress listeners make the browser ask first (a CORS preflight).
    'OPTIONS /api/imports/demand': (_req, res) => {
      res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'POST', 'access-control-allow-headers': '*' })
      res.end()
    },
    'POST /api/imports/demand': async (req, res) => {
      for await (const chunk of req) uploadedBytes += (chunk as Buffer).length
      cors(res, 202, job({ status: 'parsing', progress: 10 }))
    },
    'GET /api/imports/imp1': (_req, res) => {
      polls += 1
      cors(res, 200, polls < 2 ? job({ status: 'validating', progress: 60 }) : job({ status: 'failed', progress: 100, issues, finishedAt: '2026-11-23T08:00:03.000Z' }))
    },
  })
})
afterAll(() => server.close())

describe('Excel panel', () => {
  it('uploads the picked workbook, follows the import and shows the per-row report', async () => {
    vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<ExcelPanel kind='demand' orgId='org1' pollMs={20} />)
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])], '需求清单.xlsx')
    fireEvent.change(document.querySelector('input[name="workbook"]') as HTMLInputElement, { target: { files: [file] } })

    const report = await screen.findByRole('table', {}, { timeout: 5000 })
    expect(uploadedBytes).toBeGreaterThan(file.size)
    expect(polls).toBeGreaterThanOrEqual(2)
    expect(within(report).getByText('文件中有 2 处问题，请修改后重新上传：')).toBeInTheDocument()
    const rows = within(report).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('.import-report__cell')].map((c) => c.textContent))
    expect(rows).toEqual(issues.map((i) => [i.sheet, String(i.row), i.column, i.message]))
  })
})
