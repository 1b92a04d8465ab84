/**
 * WeChat's rules for subscribe-message field values, keyed by the field's kind (the key's prefix:
 * `thing1` is a thing). A value breaking its rule answers 47003.
 */
const CHINESE = /[\u3400-\u9fff]/u

export function fieldKind(key: string): string {
  return key.replace(/\d+$/, '')
}

export function fieldValueValid(kind: string, value: string): boolean {
  const length = [...value].length
  switch (kind) {
    case 'thing':
      return length <= 20
    case 'number':
      return length <= 32 && /^[\d.]+$/.test(value)
    case 'letter':
      return length <= 32 && /^[A-Za-z]+$/.test(value)
    case 'character_string':
      return length <= 32 && /^[\w\-.:]+$/.test(value)
    case 'phrase':
      return length <= 5 && [...value].every((c) => CHINESE.test(c))
    case 'name':
      return CHINESE.test(value) ? length <= 10 : length <= 20
    case 'phone_number':
      return length <= 17 && /^[\d+\-() ]+$/.test(value)
    case 'time':
    case 'date':
      return /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$|^\d{4}年\d{1,2}月\d{1,2}日/.test(value)
    case 'amount':
      return length <= 32
    default:
      return length <= 20
  }
}
