/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 * Check character: weights 3^i mod 31 over the first 17 characters.
 * Positions 1–2 are not hard-validated beyond the charset (authority codes grew after the
 * standard), except that an enterprise must be registered with market regulation ("91").
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31)
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/

export type UsccCheck =
  | { ok: true; code: string; regionCode: string }
  | { ok: false; reason: 'length' | 'charset' | 'checksum' | 'not_enterprise'; message: string }

export function usccCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!
  return CHARSET[(31 - (sum % 31)) % 31]!
}

/** Normalises (trim, upper-case, full-width → half-width) then checks. */
export function checkUscc(raw: string, opts: { enterprise?: boolean } = {}): UsccCheck {
  const code = toHalfWidth(raw).trim().toUpperCase()
  if (code.length !== 18) return { ok: false, reason: 'length', message: '统一社会信用代码应为18位' }
  if (!SHAPE.test(code)) {
    return { ok: false, reason: 'charset', message: '统一社会信用代码含有无效字符（不使用I、O、S、V、Z）' }
  }
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) {
    return { ok: false, reason: 'checksum', message: '统一社会信用代码校验位不正确，请核对后重新输入' }
  }
  if (opts.enterprise && !code.startsWith('91')) {
    return { ok: false, reason: 'not_enterprise', message: '企业的统一社会信用代码应以91开头' }
  }
  return { ok: true, code, regionCode: code.slice(2, 8) }
}

export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}
