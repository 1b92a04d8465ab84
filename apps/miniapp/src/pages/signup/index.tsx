import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import type { CollegeOption } from '@zhilian/shared/contracts/reference'
import { PASSWORD_RULE, SIGNUP_PRIVACY_VERSION, StudentSignupBodySchema, USERNAME_RULE } from '@zhilian/shared/contracts/signup'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { signUpStudent } from '../../api/auth'
import { searchColleges } from '../../api/profile'
import { Chip } from '../../components/Chip'
import { DemoBanner } from '../../components/DemoBanner'
import { RecoveryCodes } from '../../components/RecoveryCodes'
import { SearchField } from '../../components/SearchField'
import { leaveLoginPage, withRedirect } from '../../lib/after-login'
import { useSave } from '../../lib/use-save'
import { isTabRoute, ROUTES } from '../../routes'
import { PrivacyConsent } from './PrivacyConsent'
import '../../styles/kit/field.css'
import '../../styles/kit/page.css'
import './index.css'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

interface Draft { username: string; password: string; confirm: string; realName: string; collegeId: string | null; agreed: boolean }

/**
 * A student's own account on H5 (decision 045): a name and a password, no phone check. Afterwards the student is
 * signed in and shown the recovery codes once (decision 059) before going on.
 */
export default function SignupPage() {
  const { params } = useRouter()
  const [d, setD] = useState<Draft>({ username: '', password: '', confirm: '', realName: '', collegeId: null, agreed: false })
  const [collegeName, setCollegeName] = useState('')
  const [colleges, setColleges] = useState<CollegeOption[]>([])
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((prev) => ({ ...prev, [k]: v }))
  // The recovery codes the sign-up answered with: shown once, and the page moves on only when the student says so.
  const [codes, setCodes] = useState<string[]>()
  const { save, saving, issues, clearIssue } = useSave(StudentSignupBodySchema, signUpStudent, (session) => setCodes(session.recoveryCodes), {
    success: '注册成功，已登录',
    invalid: '请按提示修改后再提交',
    check: (): Record<string, string> => (d.confirm !== d.password ? { confirm: '两次输入的密码不一致' } : {}),
  })
  const issue = (k: string) => issues[k] && <Text className='field-error'>{issues[k]}</Text>

  const findColleges = async (q: string) => {
    try {
      const items = (await searchColleges(q)).slice(0, 20)
      setColleges(items)
      if (!items.length) void Taro.showToast({ title: '没有找到已认证的院校，可先跳过，以后在简历中填写', icon: 'none' })
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    }
  }

  const submit = () =>
    save({
      username: d.username, password: d.password, realName: d.realName.trim() || null, collegeId: d.collegeId,
      privacyVersion: d.agreed ? SIGNUP_PRIVACY_VERSION : undefined,
    })

  const moveOn = () => {
    // Back to the page the student was acting on (a job's detail); from a tab, to 简历, the new account's next step.
    const back = params.redirect ? decodeURIComponent(params.redirect) : ''
    if (back.startsWith('/') && !isTabRoute(back)) leaveLoginPage(params.redirect)
    else void Taro.redirectTo({ url: ROUTES.profile })
  }

  if (IS_WEAPP) {
    // The mini-program signs students in with WeChat; this page is reachable there only by a typed path.
    return (
      <View className='page-pad'>
        <Text className='muted'>在微信小程序中，学生请返回登录页使用微信一键登录。</Text>
      </View>
    )
  }

  if (codes) {
    return (
      <View className='signup'>
        <Text className='signup__intro'>注册成功，你已登录。</Text>
        <RecoveryCodes codes={codes} onDone={moveOn} />
      </View>
    )
  }

  return (
    <View className='signup'>
      <DemoBanner />
      <View className='card'>
        <Text className='signup__intro muted'>同学你好：注册后即可完善简历、投递岗位、报名培训和双选会。平台暂不验证手机号，请牢记账号名和密码。</Text>
        <View className='field'>
          <Text className='field__label'>账号名</Text>
          <Input aria-label='账号名' className='field__input' name='username' placeholder='如 zhangsan2026' value={d.username}
            onInput={(e) => { set('username', e.detail.value.toLowerCase()); clearIssue('username') }} />
          <Text className='signup__hint'>{USERNAME_RULE}</Text>
          {issue('username')}
        </View>
        <View className='field'>
          <Text className='field__label'>密码</Text>
          <Input aria-label='密码' className='field__input' name='password' password placeholder='请设置密码' value={d.password}
            onInput={(e) => { set('password', e.detail.value); clearIssue('password') }} />
          <Text className='signup__hint'>{PASSWORD_RULE}</Text>
          {issue('password')}
        </View>
        <View className='field'>
          <Text className='field__label'>确认密码</Text>
          <Input aria-label='确认密码' className='field__input' name='confirm' password placeholder='请再次输入密码' value={d.confirm}
            onInput={(e) => { set('confirm', e.detail.value); clearIssue('confirm') }} />
          {issue('confirm')}
        </View>
        <View className='field'>
          <Text className='field__label'>姓名（选填）</Text>
          <Input aria-label='姓名' className='field__input' name='realName' placeholder='投递前需在简历中填写' value={d.realName} onInput={(e) => set('realName', e.detail.value)} />
          {issue('realName')}
        </View>
        <SearchField label={`就读院校（选填）：${collegeName || '未选择'}`} name='collegeQ' placeholder='输入院校名称搜索' onSearch={(q) => void findColleges(q)} error={issue('collegeId')}>
          {colleges.map((c) => (
            <Chip key={c.id} on={d.collegeId === c.id} label={`${c.name}（${c.cityName}）`} onClick={() => { set('collegeId', c.id); setCollegeName(c.name); setColleges([]) }} />
          ))}
        </SearchField>
        <Text className='signup__hint'>院校由你自己填写，仅用于推荐和简历，不代表学籍认证。</Text>
        <PrivacyConsent agreed={d.agreed} onToggle={() => { set('agreed', !d.agreed); clearIssue('privacyVersion') }} error={issues.privacyVersion} />
        <Button className='btn btn--primary btn--block signup__submit' loading={saving} disabled={saving} onClick={() => void submit()}>
          注册并登录
        </Button>
        <Text className='tap-line signup__switch' role='link' onClick={() => void Taro.redirectTo({ url: withRedirect(ROUTES.login, params.redirect) })}>已有账号？去登录</Text>
      </View>
    </View>
  )
}
