import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
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
const refused = [
  { path: 'jobs.0.headcount', sheet: '岗位需求', row: 7, column: 'D', message: '需求人数至少为1' },
  { path: 'jobs.2.salaryMin', sheet: '岗位需求', row: 9, column: 'G', message: '最低薪资不能高于最高薪资' },
  { path: 'trainingNeeds.0.format', sheet: '培训需求', row: 2, column: 'G', message: '「面授」不在可选范围内，可选：线上、线下、线上+线下' },
]
let annotatedFetches = 0
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
    'OPTIONS /api/imports/supply': (_req, res) => {
      res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'POST', 'access-control-allow-headers': '*' })
      res.end()
    },
    // A small file is worked at once: a refusal answers 422 with the issues in the problem.
    'POST /api/imports/supply': async (req, res) => {
      for await (const _chunk of req) void _chunk
      cors(res, 422, { type: 'about:blank', code: 'IMPORT_FAILED', status: 422, title: 'Unprocessable', message: '导入失败，请根据错误清单修改后重新上传', issues: refused })
    },
    'GET /api/imports/annotated/supply.xlsx': (_req, res) => {
      annotatedFetches += 1
      res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'access-control-allow-origin': '*' })
      res.end(Buffer.from('PK\x03\x04'))
    },
    'GET /api/imports/imp1': (_req, res) => {
      polls += 1
      cors(res, 200, polls < 2 ? job({ status: 'validating', progress: 60 }) : job({ status: 'failed', progress: 100, issues, finishedAt: '2026-11-23T08:00:03.000Z' }))
    },
  })
})
afterAll(() => server.close())

describe('Excel panel', () => {
  it('offers the H5 file chooser as a Chinese button with the file input laid over it, not the browser\'s English control', () => {
    render(<ExcelPanel kind='demand' orgId='org1' />)
    const input = document.querySelector('input[name="workbook"]') as HTMLInputElement
    // The input fills the button (ExcelPanel.css): a tap anywhere on 选择 .xlsx 文件上传 opens the chooser.
    expect(input.className).toContain('excel-panel__input')
    expect(input.parentElement?.className).toContain('btn')
    expect(input.parentElement).toHaveTextContent('选择 .xlsx 文件上传')
    expect(input).toHaveAttribute('aria-label', '选择 .xlsx 文件上传')
  })

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

describe('Excel panel, a file refused at once', () => {
  it('shows every problem grouped by sheet (row, column, message) and offers the file back with the problems marked', async () => {
    vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const created = vi.fn(() => 'blob:annotated')
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() })
    render(<ExcelPanel kind='supply' orgId='org1' pollMs={20} />)
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4, 9])], '供给清单.xlsx')
    fireEvent.change(document.querySelector('input[name="workbook"]') as HTMLInputElement, { target: { files: [file] } })

    const report = await screen.findByRole('table', {}, { timeout: 5000 })
    expect(within(report).getByText('文件中有 3 处问题，请修改后重新上传：')).toBeInTheDocument()
    const groups = within(report).getAllByRole('rowgroup')
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['岗位需求', '培训需求'])
    expect(within(groups[0]!).getByText('岗位需求（2 处）')).toBeInTheDocument()
    const rows = within(groups[0]!).getAllByRole('row').map((r) => [...r.querySelectorAll('.import-report__cell')].map((c) => c.textContent))
    expect(rows).toEqual(refused.slice(0, 2).map((i) => [i.sheet, String(i.row), i.column, i.message]))
    expect(within(groups[1]!).getByText(refused[2]!.message)).toBeInTheDocument()

    fireEvent.click(within(report).getByText('下载标注了问题的文件'))
    await waitFor(() => expect(created).toHaveBeenCalled())
    expect(annotatedFetches).toBe(1)
  })
})
