import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import type { PasswordLoginBody as PasswordLogin } from '@zhilian/shared/contracts/auth'
import { validateLogin, type LoginFieldErrors } from './validate'
import './index.css'

/** For students who signed up on H5 (decision 045) and for staff, who sign in with an account issued by the platform. */
export function PasswordForm({ onSubmit }: { onSubmit: (values: PasswordLogin) => Promise<void> }) {
  const [values, setValues] = useState<PasswordLogin>({ username: '', password: '' })
  const [errors, setErrors] = useState<LoginFieldErrors>({})
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
    setBusy(true)
    try {
      await onSubmit(checked.data)
    } catch (e) {
      if (e instanceof ApiError && e.issues.length) {
        setErrors({ username: e.issueFor('username'), password: e.issueFor('password') })
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
      {formError && (
        <View role='alert'>
          <Text className='login-form__error'>{formError}</Text>
        </View>
      )}
      <Button className='btn btn--primary btn--block login-form__submit' loading={busy} disabled={busy} onClick={submit}>
        登录
      </Button>
    </View>
  )
}
