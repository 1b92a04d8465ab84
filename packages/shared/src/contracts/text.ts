import { z } from 'zod'

/**
 * One string type for every piece of text a client sends. PostgreSQL refuses NUL in text columns and a lone
 * UTF-16 surrogate cannot be encoded as UTF-8, so either would surface as a 500 deep in a handler; refusing
 * them here turns that into a field error the user can act on. Every text field also carries a length cap so
 * no request can store unbounded text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching NUL is the point
const UNSAFE_CHARACTERS = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export const UNSAFE_TEXT_MESSAGE = '含有无法保存的字符（空字符或残缺的表情符号），请删除后重试'

/**
 * Bidirectional embedding, override and isolate controls (U+202A–202E, U+2066–2069) show characters in another order
 * than they are stored: 「\u202e司公限有」 reads as 有限公司 (the "Trojan Source" trick), so a name, a title or a
 * message could say to a reader something other than what reviewers search and signals match. Chinese text
 * never needs them; the marks U+200E/200F, which reorder nothing, stay allowed (decision 056).
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/
export const DIRECTION_CONTROL_MESSAGE = '含有改变文字显示顺序的控制字符，请删除后重试'

/** Nothing a reader can see: only spaces of any width and format characters (zero-width spaces, joiners, marks). */
const INVISIBLE_ONLY = /^[\p{Z}\p{Cf}\s]+$/u
export const INVISIBLE_TEXT_MESSAGE = '内容只有空白或不可见字符，请填写文字'

/**
 * A name that identifies something (a unit, a job) refuses format characters outright (\p{Cf}: zero-width spaces and
 * joiners, direction marks and controls, soft hyphens, the BOM), not only when nothing visible is left. A name that
 * differs from another only by one of them looks the same to students and reviewers, yet search, the duplicate-name
 * signal and the lists' row matching read it as another name (decisions 056 and 060).
 */
const FORMAT_CHARACTER = /\p{Cf}/u
export const invisibleInNameMessage = (what: string) => `${what}中含有不可见字符，请删除后重试`

/** `schema` (a name field) refusing format characters, the message naming the field as the form does. */
export function visibleName<T extends z.ZodType<string>>(schema: T, what: string) {
  return schema.refine((value) => !FORMAT_CHARACTER.test(value), { error: invisibleInNameMessage(what) })
}

/** Caps for the common kinds of text, so the same kind of field has the same limit everywhere. */
export const TEXT_LIMITS = { name: 100, short: 200, medium: 1000, long: 5000 } as const

export function hasUnsafeCharacters(value: string): boolean {
  return UNSAFE_CHARACTERS.test(value)
}

/** What a field may say instead of the generic messages: when the value is missing, and when it is too long. */
export interface TextMessages {
  required?: string
  tooLong?: string
}

/**
 * The character rules every piece of client text obeys, for a string schema that sets its own messages for type,
 * emptiness and length (text() below; the official lists' fields in list-fields.ts, decision 060).
 */
export function textRules<T extends z.ZodType<string>>(schema: T) {
  return schema
    .refine((value) => !hasUnsafeCharacters(value), { error: UNSAFE_TEXT_MESSAGE })
    .refine((value) => !DIRECTION_CONTROLS.test(value), { error: DIRECTION_CONTROL_MESSAGE })
    // An empty optional field stays allowed; a name of zero-width spaces passed min(1) and showed as nothing.
    .refine((value) => value === '' || !INVISIBLE_ONLY.test(value), { error: INVISIBLE_TEXT_MESSAGE })
}

/** Client text: trimmed, capped at `max` characters, free of NUL and lone surrogates. */
export function text(max: number = TEXT_LIMITS.short, messages: TextMessages = {}) {
  return textRules(z
    .string(messages.required ? { error: messages.required } : undefined)
    .trim()
    .max(max, { error: messages.tooLong ?? `长度不能超过${max}个字符` }))
}

/**
 * A search box's text (decision 111): format characters (zero-width spaces and joiners, direction marks and
 * controls, the BOM) are dropped before anything else, not refused. They come along with text copied from a chat or
 * a web page, the user cannot see them, and kept they made 「数控\u200b」 find nothing where 「数控」 finds 数控车工.
 * Names refuse them (visibleName), so nothing stored to be found holds one. A query of nothing else is no query.
 *
 * Then NFKC (decision 117): a phone's IME in full-width mode types 「ＣＮＣ」, 「Ｐｙｔｈｏｎ」 or 「数控　车工」 (an
 * ideographic space), which compared as typed found nothing stored as CNC. Every search compares NFKC on both sides
 * (the job search folds the stored text in SQL with the same normal form), so either side may be full-width. Runs of
 * white space become one space, as a title holds them.
 */
export function searchText(max: number) {
  return textRules(z
    .string()
    .overwrite((value) => value.replace(/\p{Cf}/gu, ''))
    .trim()
    .max(max, { error: `长度不能超过${max}个字符` })
    // After the cap, which counts what was typed: NFKC spells 「㈱」 as three characters, and 20 of them were refused
    // as over 50.
    .overwrite((value) => value.normalize('NFKC').replace(/\s+/gu, ' ').trim()))
}

/**
 * An optional field a form can empty (decision 096). In a PATCH body absent means unchanged; null or text that is empty
 * once trimmed means clear, stored as null. A value that is there is checked by `schema` exactly as before, so emptying
 * an email clears it while a wrong one is still refused.
 */
export function clearable<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullable())
}
