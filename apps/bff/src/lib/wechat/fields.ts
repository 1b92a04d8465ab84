/** WeChat's subscribe-message field kinds this platform uses (a data key's prefix: `thing1` → thing). */
export type FieldKind =
  | 'thing' | 'number' | 'letter' | 'character_string' | 'phrase' | 'name' | 'phone_number' | 'time' | 'date' | 'amount'

const CHINESE = /[\u3400-\u9fff]/u
const LIMITS: Partial<Record<FieldKind, number>> = {
  thing: 20, number: 32, letter: 32, character_string: 32, phrase: 5, phone_number: 17, amount: 32,
}

/**
 * Cuts a value to its field's limit, counting characters (not UTF-16 units) as WeChat does; a
 * value over the limit would fail the whole message with 47003. Free text gets an ellipsis.
 */
export function truncateField(kind: FieldKind, value: string): string {
  const chars = [...value.replace(/\s+/g, ' ').trim()]
  const limit = kind === 'name' ? (chars.some((c) => CHINESE.test(c)) ? 10 : 20) : LIMITS[kind]
  if (limit === undefined || chars.length <= limit) return chars.join('')
  if (kind === 'thing') return `${chars.slice(0, limit - 1).join('')}…`
  return chars.slice(0, limit).join('')
}

export function fieldKindOf(key: string): FieldKind {
  return key.replace(/\d+$/, '') as FieldKind
}

/** `{ thing1: '…' }` → `{ thing1: { value: '…' } }`, every value cut to its limit. */
export function toTemplateData(fields: Record<string, string>): Record<string, { value: string }> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, { value: truncateField(fieldKindOf(key), value) }]))
}
