import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchAccountSecurity } from '../../api/account'
import { RecoveryCodes } from '../../components/RecoveryCodes'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { ChangePasswordForm } from './ChangePasswordForm'
import { LinkWebAccountForm } from './LinkWebAccountForm'
import { RegenerateCodesForm } from './RegenerateCodesForm'
import { WebLoginForm } from './WebLoginForm'
import '../../styles/kit/page.css'

/**
 * 我的 → 账号安全 (decisions 059, 063 and 066): every account with a name changes its password and makes new recovery
 * codes; a student made through WeChat sets a name and password first, or, in the WeChat build (where the WeChat
 * sign-in is), links an H5 account made earlier. Staff reach it from their 我的 too.
 */
const offersLink = process.env.TARO_ENV === 'weapp'

export default function AccountPage() {
  const security = useRemote(fetchAccountSecurity)
  // A fresh set of codes, shown once until the student says they are saved.
  const [codes, setCodes] = useState<string[]>()
  const s = security.data

  if (codes) {
    return (
      <View className='page-pad'>
        <RecoveryCodes codes={codes} onDone={() => { setCodes(undefined); void security.reload() }} doneText='我已保存' />
      </View>
    )
  }
  return (
    <View className='page-pad'>
      <StateView loading={security.loading && !s} error={s ? undefined : security.error} onRetry={() => void security.reload()}>
        {s && (
          <View>
            <View className='card'>
              <Text className='section-title'>登录方式</Text>
              <Text className='muted page-line'>网页登录账号名：{s.username ?? '未设置'}</Text>
              <Text className='muted page-line'>微信登录：{s.wechat ? '已关联' : '未关联（学生可在微信小程序的账号安全中关联网页账号）'}</Text>
            </View>
            {s.username ? (
              <View>
                <ChangePasswordForm />
                <RegenerateCodesForm left={s.recoveryCodesLeft} createdAt={s.recoveryCodesCreatedAt} onCodes={setCodes} />
              </View>
            ) : s.canSetWebLogin ? (
              <View>
                <WebLoginForm onCodes={setCodes} />
                {/* The app now holds the H5 account's session: reading again shows its name. */}
                {offersLink && <LinkWebAccountForm onLinked={() => void security.reload()} />}
              </View>
            ) : (
              <View className='card'>
                <Text className='muted'>您的账号通过微信登录，没有登录密码可修改。</Text>
              </View>
            )}
          </View>
        )}
      </StateView>
    </View>
  )
}
