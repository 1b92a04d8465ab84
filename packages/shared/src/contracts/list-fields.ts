import { z } from 'zod'
import { MAJOR_CODE_PATTERN } from '../reference/vocab'
import { checkUscc, toHalfWidth } from '../rules/uscc'
import { textRules } from './text'

/**
 * Field builders shared by the two official lists (附件1, 附件2). Every constraint carries its own
 * Chinese message, because these schemas also run in the mini-program, where the BFF's global
 * zod error map is not installed.
 */

export const typed = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? '必填' : `应为${what}`),
})

/**
 * The lists' text fields keep their own messages for type, emptiness and length, and obey the same character rules as
 * every other client text (textRules): before decision 060 a 附件1/附件2 field, typed or imported from Excel, took a
 * direction override or a value of zero-width spaces that text() refuses everywhere else.
 */
export const requiredText = (max: number) =>
  textRules(z.string(typed('文本')).trim().min(1, { error: '必填' }).max(max, { error: `不能超过${max}个字` }))

export const optionalText = (max: number) =>
  textRules(z.string(typed('文本')).trim().max(max, { error: `不能超过${max}个字` })).optional()

/** A head-count or any other whole quantity. */
export const count = (max = 1_000_000) =>
  z
    .number(typed('数字'))
    .int({ error: '人数应为整数' })
    .min(0, { error: '不能为负数' })
    .max(max, { error: `不能超过${max}` })

/** A whole quantity that is not a head-count (equipment, days, hours, years). */
export const wholeNumber = (max: number, min = 0) =>
  z
    .number(typed('数字'))
    .int({ error: '应为整数' })
    .min(min, { error: min === 0 ? '不能为负数' : `不能小于${min}` })
    .max(max, { error: `不能超过${max}` })

/** Money with at most two decimals (万元 or 元). */
export const money = (max: number) =>
  z
    .number(typed('数字'))
    .min(0, { error: '金额不能为负数' })
    .max(max, { error: `金额不能超过${max}` })
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { error: '金额最多保留两位小数' })

export const year = () =>
  z.number(typed('数字')).int({ error: '年份应为整数' }).min(2000, { error: '年份不正确' }).max(2100, { error: '年份不正确' })

export const MOBILE_OR_LANDLINE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

/**
 * A phone number as people write it, in the one form stored: 138 0013 8000, 138-0013-8000 and +86 13800138000 are
 * 13800138000 (so is '13800138000, Excel's text apostrophe kept as a character); (0531)51793802 and 0531 51793802 are
 * 0531-51793802. Anything else is left as typed for the check to name.
 */
export function canonicalPhone(raw: string): string {
  const text = toHalfWidth(raw).trim().replace(/^'/, '')
  const digits = text.replace(/[\s\-.()（）－]/g, '')
  const mobile = /^(?:\+?0{0,2}86)?(1[3-9]\d{9})$/.exec(digits)
  if (mobile) return mobile[1]!
  // Only where the area code is marked off: in bare digits 021… and 0211… cannot be told apart.
  const landline = /^(?:\((0\d{2,3})\)\s*|(0\d{2,3})[\s-]+)(\d{7,8})$/.exec(text)
  return landline ? `${landline[1] ?? landline[2]}-${landline[3]}` : text
}

export const phone = () =>
  z
    .string(typed('文本'))
    .trim()
    .min(1, { error: '必填' })
    .overwrite(canonicalPhone)
    .regex(MOBILE_OR_LANDLINE, { error: '手机号格式不正确（座机请写作0531-51793802）' })

export const email = () =>
  z.email({ error: (issue) => (issue.input === undefined || issue.input === null ? '必填' : '邮箱格式不正确') })

/** 统一社会信用代码, stored and compared in the canonical form: half-width, upper-case. */
export const usccInput = (opts: { enterprise?: boolean } = {}) =>
  z
    .string({ error: '必填' })
    .trim()
    .min(1, { error: '必填' })
    .overwrite((raw) => toHalfWidth(raw).trim().toUpperCase())
    .superRefine((raw, ctx) => {
      const check = checkUscc(raw, opts)
      if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message })
    })

/** Catalogue codes are 6 digits, with a trailing K for the nationally controlled (国控) majors, e.g. 570102K. */
export const majorCode = () => z.string(typed('文本')).regex(MAJOR_CODE_PATTERN, { error: '专业代码应为6位数字（国控专业带K，如570102K）' })

/**
 * The industry chains a row serves (附件1 footnote ¹ "与产业链领域相关的专业"), as chain ids. Optional so a
 * row typed before chains were asked for still parses; an absent list is filled from the chain–major map
 * (rules/chain-majors.ts `defaultChainIds`) when the list is stored.
 */
export const chainIds = () =>
  z
    .array(z.string(typed('文本')).trim().min(1, { error: '必填' }).max(20, { error: '产业链编号不正确' }), typed('产业链列表'))
    .max(30, { error: '最多选择30条产业链' })
    .refine((ids) => new Set(ids).size === ids.length, { error: '产业链重复' })
    .optional()

/** Calendar dates travel as YYYY-MM-DD; handlers turn them into Date. */
export const isoDate = () => z.iso.date({ error: '日期格式不正确，应为2026-09-01' })

/** Messages reused by cross-field rules, so tests and callers can refer to one wording. */
export const MSG = {
  duplicate: (what: string) => `${what}重复`,
  notListedMajor: '该专业未在「专业设置」中列出',
} as const

export type Issue = { path: (string | number)[]; message: string }

/** Reports every index after the first that repeats a key (the repeat is the row to fix). */
export function duplicates<T>(items: readonly T[] | undefined, key: (item: T) => string | undefined): number[] {
  const seen = new Set<string>()
  const repeated: number[] = []
  ;(Array.isArray(items) ? items : []).forEach((item, i) => {
    if (item === null || item === undefined) return
    const k = key(item)
    if (k === undefined) return
    if (seen.has(k)) repeated.push(i)
    else seen.add(k)
  })
  return repeated
}

/** A vocabulary from enums.ts with a Chinese message naming the choices by their labels. */
export const oneOf = <K extends string>(v: { schema: z.ZodEnum<{ [k in K]: k }>; labels: Record<K, string> }) =>
  z.enum(v.schema.options as [K, ...K[]], {
    error: (issue) => (issue.input === undefined || issue.input === null ? '必填' : `请从以下选项中选择：${Object.values<string>(v.labels).join('、')}`),
  })

/** An array (of rows, codes, names) whose absence reads 必填 rather than zod's English. */
export const listOf = <T extends z.ZodType>(item: T, max: number, what = '项') =>
  z.array(item, { error: '必填' }).max(max, { error: `最多填写${max}${what}` })

/** An object whose absence (or a non-object) reads 必填. */
export const section = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.object(shape, { error: (issue) => (issue.input === undefined || issue.input === null ? '必填' : '格式不正确') })

/**
 * zod skips refinements once any field inside has failed; an upload must list every problem at
 * once, so cross-field rules run anyway (`when`) and guard the values they read themselves.
 */
export const always = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null }

export const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x)
export const arr = <T>(x: readonly T[] | undefined): readonly T[] => (Array.isArray(x) ? x : []).filter((r) => r !== null && r !== undefined)

/**
 * A composite key, or undefined when a part is missing (such rows are not duplicates of each other). Parts compare
 * in NFKC (decision 111): 「ＣＮＣ操作工」 typed in full-width and 「CNC操作工」, or 「车床（大型）」 and 「车床(大型)」, are one
 * row twice; a workbook's cells were folded so already, a form's JSON was not.
 */
export const keyOf = (...parts: unknown[]): string | undefined =>
  parts.some((p) => p === undefined || p === null) ? undefined : parts.map((p) => String(p).normalize('NFKC')).join('\u0000')
