import type { DemandListInput } from '@zhilian/shared/contracts/demand-list'
import type { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import { reference } from '@zhilian/shared/reference'
import { demandLayout } from './demand-layout'
import type { ListContext, ParseLimits, ParseResult } from './layout'
import { readWorkbook } from './read'
import { supplyLayout } from './supply-layout'
import { writeWorkbook } from './write'

/**
 * The two official forms (附件1, 附件2) as Excel workbooks: blank templates, filled exports, and
 * parsing of uploads into the shared contracts. Pure functions over exceljs; no database.
 * `ctx` defaults to the shipped reference data; a route may pass the database's majors instead.
 */
export type { ListContext, ParseLimits, ParseResult } from './layout'
export { contentHash } from './content-hash'
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS } from './read'
export { LAYOUT_VERSION } from './layout'

export type TemplateOptions<T> = Partial<ListContext> & { prefill?: T }
export type ParseContext = Partial<ListContext> & ParseLimits

export function defaultListContext(): ListContext {
  const ref = reference()
  return { majors: ref.majors, cities: ref.cities, labels: ref.labels, chains: ref.chains }
}

const withDefaults = (ctx: Partial<ListContext> = {}): ListContext => {
  if (ctx.majors && ctx.cities && ctx.labels && ctx.chains) return { majors: ctx.majors, cities: ctx.cities, labels: ctx.labels, chains: ctx.chains }
  const d = defaultListContext()
  return { majors: ctx.majors ?? d.majors, cities: ctx.cities ?? d.cities, labels: ctx.labels ?? d.labels, chains: ctx.chains ?? d.chains }
}

export function buildSupplyTemplate(opts: TemplateOptions<SupplyListInput> = {}): Promise<Buffer> {
  return writeWorkbook(supplyLayout, withDefaults(opts), opts.prefill)
}

export function buildDemandTemplate(opts: TemplateOptions<DemandListInput> = {}): Promise<Buffer> {
  return writeWorkbook(demandLayout, withDefaults(opts), opts.prefill)
}

export function exportSupplyWorkbook(data: SupplyListInput, ctx?: Partial<ListContext>): Promise<Buffer> {
  return writeWorkbook(supplyLayout, withDefaults(ctx), data)
}

export function exportDemandWorkbook(data: DemandListInput, ctx?: Partial<ListContext>): Promise<Buffer> {
  return writeWorkbook(demandLayout, withDefaults(ctx), data)
}

export function parseSupplyWorkbook(buffer: Uint8Array | ArrayBuffer, ctx: ParseContext = {}): Promise<ParseResult<SupplyListInput>> {
  return readWorkbook(supplyLayout, buffer, withDefaults(ctx), ctx)
}

export function parseDemandWorkbook(buffer: Uint8Array | ArrayBuffer, ctx: ParseContext = {}): Promise<ParseResult<DemandListInput>> {
  return readWorkbook(demandLayout, buffer, withDefaults(ctx), ctx)
}
