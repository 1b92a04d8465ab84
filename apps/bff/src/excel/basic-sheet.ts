import type { BasicField, ListLayout } from './layout'

/**
 * Where things sit on the 基本信息 sheet, laid out like the printed form: the title, the header block
 * (填报单位（盖章）, 填报时间, 填报人, 联系电话 …, value in column B), then the 类别 / 具体指标 / 内容说明
 * table (value in column C). Writer and reader both ask this function, never hard-code rows.
 */
export const BASIC_SHEET = '基本信息'
export const UNIT_LABEL = '填报单位（盖章）'
export const TABLE_HEADERS = ['类别', '具体指标', '内容说明'] as const

interface BasicPlace {
  field: BasicField
  row: number
  /** Label column and value column letters. */
  labelCol: 'A' | 'B'
  valueCol: 'B' | 'C'
}

export function basicPlaces<T>(layout: ListLayout<T>) {
  const unitRow = 2
  const header: BasicPlace[] = layout.header.map((field, i) => ({ field, row: unitRow + 1 + i, labelCol: 'A', valueCol: 'B' }))
  const tableRow = unitRow + 1 + layout.header.length
  const items = layout.items.map((item, i) => ({ item, row: tableRow + 1 + i }))
  const fields: BasicPlace[] = [
    ...header,
    ...items.flatMap(({ item, row }) => ('field' in item ? [{ field: item.field, row, labelCol: 'B' as const, valueCol: 'C' as const }] : [])),
  ]
  const nameRow = fields.find((f) => f.field.key === layout.unitNamePath)!.row
  return { unitRow, header, tableRow, items, fields, nameRow, remarkRow: tableRow + layout.items.length + 1 }
}
