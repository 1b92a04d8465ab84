import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { LinkWebAccountBodySchema } from '@zhilian/shared/contracts/account'
import type { Session } from '@zhilian/shared/contracts/auth'
import { useState } from 'react'
import { ApiError } from '../../api/api-error'
import { linkWebAccount } from '../../api/account'
import { AccountField } from '../../components/AccountField'
import { useSave } from '../../lib/use-save'
import '../../styles/kit/field.css'

/** What happens, said before anything is sent: the student cannot undo it. */
const explanation = (username: string) =>
  `关联后，用微信登录将进入网页账号“${username}”，简历、投递等以该账号为准；当前这个微信账号将停用，不能再登录。当前微信账号已有简历或投递等记录时无法关联。`

/**
 * 关联网页账号 (decision 066), in the WeChat build: a student who first signed up in the phone browser and then got an
 * empty account through 微信一键登录 brings WeChat to that H5 account. A refusal the server explains at length (both
 * accounts hold records) is shown in the card, where it can be read in full, not only in a toast.
 */
export function LinkWebAccountForm({ onLinked }: { onLinked: (session: Session) => void }) {
  const [d, setD] = useState({ username: '', password: '' })
  const set = (k: keyof typeof d) => (v: string) => { setD((prev) => ({ ...prev, [k]: k === 'username' ? v.toLowerCase() : v })); clearIssue(k); clearIssue('form') }
  const { save, saving, issues, clearIssue } = useSave(LinkWebAccountBodySchema, linkWebAccount, onLinked, {
    success: '已关联网页账号',
    confirm: async (body) => (await Taro.showModal({ title: '关联网页账号', content: explanation(body.username), confirmText: '确认关联', cancelText: '取消' })).confirm,
    issuesOfError: (e) => (e instanceof ApiError && e.status === 409 ? { form: e.message } : undefined),
  })
  return (
    <View className='card'>
      <Text className='section-title'>关联网页账号</Text>
      <Text className='muted'>已在手机浏览器中注册过账号？输入它的账号名和密码，之后用微信登录的就是那个账号。</Text>
      <AccountField label='网页账号名' name='linkUsername' value={d.username} onInput={set('username')} error={issues.username} />
      <AccountField label='网页账号密码' name='linkPassword' password value={d.password} onInput={set('password')} error={issues.password} />
      {issues.form && <Text className='field-error'>{issues.form}</Text>}
      <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={() => void save(d)}>
        关联网页账号
      </Button>
    </View>
  )
}
