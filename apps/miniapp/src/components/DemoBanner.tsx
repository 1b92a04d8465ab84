import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { demoModeFromPage, isDemoMode } from '../api/health'
import './DemoBanner.css'

/** A strip on the tab pages and the sign-in page while the BFF runs in demo mode: the data and accounts are not real. */
export function DemoBanner() {
  const [demo, setDemo] = useState(demoModeFromPage)
  useEffect(() => {
    let live = true
    void isDemoMode().then((on) => live && setDemo(on))
    return () => {
      live = false
    }
  }, [])
  if (!demo) return null
  return (
    <View className='demo-banner' role='status'>
      <Text className='demo-banner__tag'>演示模式</Text>
      <Text className='demo-banner__text'>数据均为虚构，请勿填写真实个人信息</Text>
    </View>
  )
}
