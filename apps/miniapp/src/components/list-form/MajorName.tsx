import { Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { searchMajors } from '../../api/lists'
import './ListForm.css'

/**
 * Names already known on this phone, by code: a pick from MajorPicker records it, a code the draft or a workbook brought
 * is looked up once. A list row stores only the 6-digit code, but the form's label promises 专业代码及名称.
 */
const known = new Map<string, string>()

export function rememberMajor(code: string, name: string) {
  known.set(code, name)
}

/** The major as 代码 名称 (the code alone while the name loads, or when the catalogue no longer lists it). */
export function majorText(code: string): string {
  const name = known.get(code)
  return name ? `${code} ${name}` : code
}

export function useMajorNames(codes: readonly string[]): (code: string) => string {
  const [, setLoaded] = useState(0)
  const unknown = codes.filter((c) => !known.has(c)).join(',')
  useEffect(() => {
    if (!unknown) return
    let live = true
    void Promise.all(
      unknown.split(',').map(async (code) => {
        // Retired majors are not offered by the search: their code stays on its own.
        const hit = (await searchMajors(code).catch(() => [])).find((m) => m.code === code)
        if (hit) known.set(code, hit.name)
      }),
    ).then(() => live && setLoaded((n) => n + 1))
    return () => {
      live = false
    }
  }, [unknown])
  return majorText
}

export function MajorName({ code }: { code: string }) {
  const text = useMajorNames([code])
  return <Text className='lf-tag'>{text(code)}</Text>
}
