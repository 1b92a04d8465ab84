import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import type { PasswordLoginBody as PasswordLogin } from '@zhilian/shared/contracts/auth'
import type { PasswordSignInBody } from '@zhilian/shared/contracts/account'
import { PASSWORD_RULE } from '@zhilian/shared/contracts/signup'
import { validateLogin, type LoginFieldErrors } from './validate'
import './index.css'

/**
 * For students who signed up on H5 (decision 045) and for staff, who sign in with an account issued by the platform.
 * After an owner's reset the password is a temporary one: the BFF asks for a new password, and the form grows the
 * two fields for it and sends the sign-in again with it (decision 063).
 */
export function PasswordForm({ onSubmit }: { onSubmit: (values: PasswordSignInBody) => Promise<void> }) {
  const [values, setValues] = useState<PasswordLogin>({ username: '', password: '' })
  const [errors, setErrors] = useState<LoginFieldErrors>({})
  // Set once the BFF answers PASSWORD_CHANGE_REQUIRED: the typed password is a temporary one.
  const [fresh, setFresh] = useState<{ newPassword: string; confirm: string; error?: string }>()
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    const checked = validateLogin(values)
    setFormError(undefined)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    if (fresh && fresh.confirm !== fresh.newPassword) return setFresh({ ...fresh, error: '两次输入的新密码不一致' })
    setBusy(true)
    try {
      await onSubmit(fresh ? { ...checked.data, newPassword: fresh.newPassword } : checked.data)
    } catch (e) {
      if (e instanceof ApiError && e.code === 'PASSWORD_CHANGE_REQUIRED') setFresh({ newPassword: '', confirm: '' })
      if (e instanceof ApiError && e.issues.length) {
        setErrors({ username: e.issueFor('username'), password: e.issueFor('password') })
        if (fresh) setFresh({ ...fresh, error: e.issueFor('newPassword') })
      }
      setFormError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='login-form card'>
      <Text className='login-form__title'>账号密码登录</Text>
      <Text className='muted'>适用于已注册的学生，以及企业、院校工作人员和管理员</Text>
      <View className='login-form__field'>
        <Text className='login-form__label'>账号</Text>
        <Input
          aria-label='账号'
          className='login-form__input'
          name='username'
          placeholder='请输入账号'
          value={values.username}
          onInput={(e) => setValues((v) => ({ ...v, username: e.detail.value }))}
        />
        {errors.username && <Text className='login-form__error'>{errors.username}</Text>}
      </View>
      <View className='login-form__field'>
        <Text className='login-form__label'>密码</Text>
        <Input
          aria-label='密码'
          className='login-form__input'
          name='password'
          password
          placeholder='请输入密码'
          value={values.password}
          onInput={(e) => setValues((v) => ({ ...v, password: e.detail.value }))}
        />
        {errors.password && <Text className='login-form__error'>{errors.password}</Text>}
      </View>
      {fresh && (
        <View className='login-form__field'>
          <Text className='login-form__label'>新密码</Text>
          <Input aria-label='新密码' className='login-form__input' name='newPassword' password placeholder='请设置新密码'
            value={fresh.newPassword} onInput={(e) => setFresh({ ...fresh, newPassword: e.detail.value, error: undefined })} />
          <Input aria-label='确认新密码' className='login-form__input' name='confirmNew' password placeholder='请再次输入新密码'
            value={fresh.confirm} onInput={(e) => setFresh({ ...fresh, confirm: e.detail.value, error: undefined })} />
          <Text className='muted'>{PASSWORD_RULE}</Text>
          {fresh.error && <Text className='login-form__error'>{fresh.error}</Text>}
        </View>
      )}
      {formError && (
        <View role='alert'>
          <Text className='login-form__error'>{formError}</Text>
        </View>
      )}
      <Button className='btn btn--primary btn--block login-form__submit' loading={busy} disabled={busy} onClick={submit}>
        {fresh ? '设置新密码并登录' : '登录'}
      </Button>
    </View>
  )
}
