import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { describe, expect, it } from 'vitest'
import {
  buildDemandTemplate, buildSupplyTemplate, contentHash, exportDemandWorkbook, exportSupplyWorkbook, parseDemandWorkbook, parseSupplyWorkbook,
} from './index'

describe('export → parse round trip', () => {
  it('gives back the supply list it was given', async () => {
    const data = sampleSupplyList()
    const result = await parseSupplyWorkbook(await exportSupplyWorkbook(data))
    expect(result.ok ? [] : result.issues).toEqual([])
    if (!result.ok) return
    expect(result.data).toEqual(data)
    expect(result.hash).toBe(contentHash(data))
    expect(result.rows.在校生规模).toBe(data.enrolments.length)
  })

  it('gives back the demand list it was given', async () => {
    const data = sampleDemandList()
    const result = await parseDemandWorkbook(await exportDemandWorkbook(data))
    expect(result.ok ? [] : result.issues).toEqual([])
    if (!result.ok) return
    expect(result.data).toEqual(data)
    expect(result.rows.技能要求).toBe(data.jobs.flatMap((j) => j.skills).length)
  })

  it('accepts the ArrayBuffer a request body gives', async () => {
    const data = sampleDemandList()
    const file = await exportDemandWorkbook(data)
    const body = new ArrayBuffer(file.length)
    new Uint8Array(body).set(file)
    const result = await parseDemandWorkbook(body)
    expect(result.ok && result.data).toEqual(data)
  })

  it('a template prefilled with a list parses to that list', async () => {
    const data = sampleDemandList()
    const result = await parseDemandWorkbook(await buildDemandTemplate({ prefill: data }))
    expect(result.ok && result.data).toEqual(data)
  })

  it('a blank template parses to the missing required basic fields, each on its cell', async () => {
    const result = await parseSupplyWorkbook(await buildSupplyTemplate())
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.length).toBeGreaterThan(0)
    for (const issue of result.issues) {
      expect(issue.sheet).toBe('基本信息')
      expect(issue.row).toBeGreaterThan(1)
      expect(issue.column).toMatch(/^[BC]$/)
      expect(issue.message).toBe('必填')
    }
    expect(result.issues.map((i) => i.path)).toContain('college.uscc')
  })
})
