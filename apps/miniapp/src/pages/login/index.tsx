import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { loginAsDemo, loginWithPassword, loginWithWechat } from '../../api/auth'
import { listDemoAccounts } from '../../api/demo-accounts'
import { DemoBanner } from '../../components/DemoBanner'
import { leaveLoginPage, withRedirect } from '../../lib/after-login'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { DemoAccounts } from './DemoAccounts'
import { PasswordForm } from './PasswordForm'
import './index.css'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

export default function LoginPage() {
  const { params } = useRouter()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  // Demo accounts are an H5 affordance; a failure to list them just hides the cards.
  const demo = useRemote(listDemoAccounts, { enabled: !IS_WEAPP })
  const done = () => leaveLoginPage(params.redirect)

  const run = async (signIn: () => Promise<unknown>) => {
    setBusy(true)
    setError(undefined)
    try {
      await signIn()
      done()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const wechatLogin = () =>
    run(async () => {
      const { code } = await Taro.login()
      await loginWithWechat(code)
    })

  return (
    <View className='login'>
      <DemoBanner />
      <View className='login__head'>
        <Text className='login__brand'>职链齐鲁</Text>
        <Text className='login__slogan'>职业教育赋能标志性产业链</Text>
      </View>
      {/* Students first, as on the home page: what signing in gives them, then the staff's way in. */}
      <View className='card login__who'>
        <Text className='login__who-title'>同学你好</Text>
        <Text className='muted'>登录后可投递岗位、报名培训和双选会，查看投递进度和面试安排，按你的专业获得推荐。</Text>
        <Text className='muted login__who-staff'>企业、院校工作人员登录后可发布岗位和需求清单、填报供给清单。</Text>
      </View>
      {error && (
        <View role='alert'>
          <Text className='login__error'>{error}</Text>
        </View>
      )}
      {IS_WEAPP ? (
        <View className='card'>
          <Button className='btn btn--primary btn--block' loading={busy} disabled={busy} onClick={wechatLogin}>
            微信一键登录
          </Button>
        </View>
      ) : (
        <View>
          {/* A phone browser has no WeChat sign-in: students make their own account (decision 045). */}
          <View className='card login__signup'>
            <Text className='login-form__title'>学生注册 / 登录</Text>
            <Text className='muted'>第一次使用？用账号名和密码注册，无需微信。已注册的同学请在下方“账号密码登录”。</Text>
            <Button className='btn btn--primary btn--block login__signup-btn' onClick={() => void Taro.navigateTo({ url: withRedirect(ROUTES.signup, params.redirect) })}>
              学生注册
            </Button>
          </View>
          <DemoAccounts accounts={demo.data ?? []} onPick={(username) => void run(() => loginAsDemo(username))} />
          <PasswordForm onSubmit={async (values) => { await loginWithPassword(values); done() }} />
          {/* No SMS or e-mail is verified: a student's way back is a recovery code (decision 059). */}
          <Text className='tap-line login__recover' role='link' onClick={() => void Taro.navigateTo({ url: withRedirect(ROUTES.recover, params.redirect) })}>忘记密码？用恢复码重置</Text>
        </View>
      )}
    </View>
  )
}
