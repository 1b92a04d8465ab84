import { Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { isMajorKnown, lookUpMajor, majorText } from './major-names'
import './ListForm.css'

export function useMajorNames(codes: readonly string[]): (code: string) => string {
  const [, setLoaded] = useState(0)
  const unknown = codes.filter((c) => !isMajorKnown(c)).join(',')
  useEffect(() => {
    if (!unknown) return
    let live = true
    void Promise.all(unknown.split(',').map(lookUpMajor)).then(() => live && setLoaded((n) => n + 1))
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
