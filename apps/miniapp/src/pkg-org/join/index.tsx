import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { OrgKind } from '@zhilian/shared'
import { MEMBER_ROLE_HINTS, MEMBER_ROLE_LABELS } from '@zhilian/shared/rules/org-roles'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { acceptInvitation } from '../../api/members'
import { getToken } from '../../api/token'
import { ROUTES } from '../../routes'
import '../../styles/kit/page.css'
import '../../styles/kit/field.css'

/**
 * Where an invitation lands: the WeChat share card or the H5 link brings the code; someone told the code types it.
 * Signing in comes first, and the sign-in page sends the user back here with the code.
 */
export default function JoinPage() {
  const params = useRouter().params
  const [code, setCode] = useState(decodeURIComponent(params.code ?? ''))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [joined, setJoined] = useState<Awaited<ReturnType<typeof acceptInvitation>>>()
  const signedIn = !!getToken()
  const back = encodeURIComponent(`${ROUTES.orgJoin}?code=${encodeURIComponent(code)}`)

  const join = async () => {
    if (!code.trim()) return setError('请输入邀请码')
    setBusy(true)
    setError(undefined)
    try {
      setJoined(await acceptInvitation(code))
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  if (joined) {
    const workbench = joined.org.kind === 'college' ? ROUTES.college : ROUTES.enterprise
    return (
      <View className='page-pad'>
        <View className='card'>
          <Text className='section-title'>已加入「{joined.org.name}」</Text>
          <Text className='muted' style={{ display: 'block' }}>{OrgKind.labels[joined.org.kind]} · 角色：{MEMBER_ROLE_LABELS[joined.role]}</Text>
          <Text className='muted' style={{ display: 'block' }}>{MEMBER_ROLE_HINTS[joined.role]}</Text>
          <Button className='btn btn--primary btn--block' onClick={() => void Taro.redirectTo({ url: workbench })}>进入单位工作台</Button>
        </View>
      </View>
    )
  }
  return (
    <View className='page-pad'>
      <View className='card'>
        <Text className='section-title'>凭邀请码加入单位</Text>
        <Text className='muted' style={{ display: 'block' }}>邀请码由单位负责人在「成员管理」中生成，8位，仅可使用一次。</Text>
        <Input aria-label='请输入8位邀请码' className='field__input join-code' name='code' placeholder='请输入8位邀请码' maxlength={12} value={code} onInput={(e) => { setCode(e.detail.value); setError(undefined) }} />
        {error && <Text className='field-error'>{error}</Text>}
        {signedIn
          ? <Button className='btn btn--primary btn--block' loading={busy} disabled={busy} onClick={() => void join()}>加入</Button>
          : <Button className='btn btn--primary btn--block' onClick={() => void Taro.navigateTo({ url: `${ROUTES.login}?redirect=${back}` })}>登录后加入</Button>}
      </View>
    </View>
  )
}
