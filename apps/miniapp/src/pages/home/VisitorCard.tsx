import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { listDemoAccounts } from '../../api/demo-accounts'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import './index.css'

/**
 * What a visitor sees near the top: why to sign in, the way to do it, and, only when the BFF runs in demo mode (it
 * lists demo accounts then, and answers 404 otherwise), one tap to try the app as the demo student.
 */
export function VisitorCard({ onSignedIn }: { onSignedIn: () => void }) {
  const demo = useRemote(listDemoAccounts)
  const student = demo.data?.find((a) => a.role === 'student')
  const [busy, setBusy] = useState(false)
  const tryAsStudent = async () => {
    if (!student) return
    setBusy(true)
    try {
      const { signInAsDemo } = await import('./sign-in-as-demo')
      if (await signInAsDemo(student.username)) onSignedIn()
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='card home-visitor'>
      <Text className='home-visitor__title'>找工作、学技能、逛双选会</Text>
      <Text className='muted'>登录后可一键投递岗位、报名培训和双选会，并按你的专业获得岗位推荐</Text>
      <View className='home-visitor__actions'>
        <Button className='btn btn--primary home-visitor__btn' onClick={() => void Taro.navigateTo({ url: `${ROUTES.login}?redirect=${encodeURIComponent(ROUTES.home)}` })}>
          登录 / 注册
        </Button>
        {student && (
          <Button className='btn btn--ghost home-visitor__btn' loading={busy} disabled={busy} onClick={() => void tryAsStudent()}>
            以学生身份体验
          </Button>
        )}
      </View>
    </View>
  )
}
