import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { z } from 'zod'
import { ApiError, errorMessage } from '../api/api-error'

type Issues = Record<string, string>
type Toast = { title: string; icon: 'success' | 'none' }

export interface SaveOptions<S extends z.ZodType, R> {
  /** The toast once saved: its text, or chosen from the result (e.g. 已提交审核 when the save went to review). */
  success?: string | ((result: R) => Toast)
  /** The field a problem shows under, from its dotted path (default: the whole path, e.g. `leads.enterprise.unit`). */
  fieldOf?: (path: string) => string
  /** Problems this form has that its schema can't see (e.g. a field the form requires and the schema leaves open). */
  check?: (input: Partial<z.input<S>>) => Issues
  /** A toast when the input fails the checks, for forms whose problem fields may be off screen. */
  invalid?: string
  /** Asked after the checks and before sending; false stops the save (e.g. a confirmation dialog). */
  confirm?: (data: z.output<S>) => Promise<boolean>
  /** Field problems for a refusal the server explains without field issues (e.g. a 409 that belongs under the time). */
  issuesOfError?: (e: unknown) => Issues | undefined
}

/**
 * A form's save, the one way every form does it: checks the input against the request's own schema first
 * (problems appear under their fields), sends it, shows the success toast, then shows the BFF's field problems and
 * its message the same way. `save` resolves true when the server accepted it. `clearIssue` drops one field's
 * problem once that field is changed, so the page shows the chosen value rather than a stale complaint.
 */
export function useSave<S extends z.ZodType, R>(schema: S, send: (body: z.output<S>) => Promise<R>, onSaved: (result: R) => void, options: string | SaveOptions<S, R> = {}) {
  const o: SaveOptions<S, R> = typeof options === 'string' ? { success: options } : options
  const fieldOf = o.fieldOf ?? ((path: string) => path)
  const byField = (list: readonly { path: string; message: string }[]): Issues => {
    const out: Issues = {}
    // The first problem of a field is the one shown: later ones (deeper paths mapped to the same field) don't replace it.
    for (const i of list) out[fieldOf(i.path)] ??= i.message
    return out
  }
  const [issues, setIssues] = useState<Issues>({})
  const [saving, setSaving] = useState(false)
  const clearIssue = (field: string) => setIssues(({ [field]: _gone, ...rest }) => rest)

  // The input is what the form holds, checked by the schema rather than by its type (a blank number is undefined).
  const save = async (input: unknown): Promise<boolean> => {
    const parsed = schema.safeParse(input)
    const found = {
      ...(parsed.success ? {} : byField(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))),
      ...o.check?.((input ?? {}) as Partial<z.input<S>>),
    }
    if (!parsed.success || Object.keys(found).length > 0) {
      setIssues(found)
      if (o.invalid) void Taro.showToast({ title: o.invalid, icon: 'none' })
      return false
    }
    setIssues({})
    if (o.confirm && !(await o.confirm(parsed.data))) return false
    setSaving(true)
    try {
      const result = await send(parsed.data)
      const toast = typeof o.success === 'function' ? o.success(result) : { title: o.success ?? '已保存', icon: 'success' as const }
      void Taro.showToast(toast)
      onSaved(result)
      return true
    } catch (e) {
      const own = o.issuesOfError?.(e)
      if (own) setIssues(own)
      else if (e instanceof ApiError && e.issues.length) setIssues(byField(e.issues))
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
      return false
    } finally {
      setSaving(false)
    }
  }
  return { save, saving, issues, clearIssue }
}
