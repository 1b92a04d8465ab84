import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { z } from 'zod'
import { ApiError, errorMessage } from '../api/api-error'

const byField = (list: readonly { path: string; message: string }[]) => Object.fromEntries(list.map((i) => [i.path, i.message]))

/**
 * A form's save: checks the input against the request's own schema first (problems appear under their
 * fields, keyed by path such as `leads.enterprise.unit`), sends it, then shows the BFF's field problems or
 * message the same way. `save` resolves true when the server accepted it.
 */
export function useSave<S extends z.ZodType, R>(schema: S, send: (body: z.output<S>) => Promise<R>, onSaved: (result: R) => void, success = '已保存') {
  const [issues, setIssues] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const save = async (input: z.input<S>): Promise<boolean> => {
    const parsed = schema.safeParse(input)
    if (!parsed.success) {
      setIssues(byField(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))))
      return false
    }
    setIssues({})
    setSaving(true)
    try {
      const result = await send(parsed.data)
      void Taro.showToast({ title: success, icon: 'success' })
      onSaved(result)
      return true
    } catch (e) {
      if (e instanceof ApiError && e.issues.length) setIssues(byField(e.issues))
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
      return false
    } finally {
      setSaving(false)
    }
  }
  return { save, saving, issues }
}
