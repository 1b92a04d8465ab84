import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import '../styles/kit/page.css'
import './RecoveryCodes.css'

/**
 * A fresh set of recovery codes, shown once (decision 059): nobody, the platform included, can show them again.
 * The page moves on only through 我已保存, so the codes are not lost to a stray tap.
 */
export function RecoveryCodes({ codes, onDone, doneText = '我已保存，继续' }: { codes: string[]; onDone: () => void; doneText?: string }) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    await Taro.setClipboardData({ data: `职链齐鲁 账号恢复码（每个只能用一次）\n${codes.join('\n')}` })
    setCopied(true)
  }
  return (
    <View className='card recovery-codes' role='region' aria-label='账号恢复码'>
      <Text className='recovery-codes__title'>请保存你的账号恢复码</Text>
      <Text className='recovery-codes__warn'>
        平台不验证手机号，忘记密码时只能用恢复码找回：在登录页点“忘记密码”，输入账号名、任意一个恢复码和新密码。每个恢复码只能用一次。
        恢复码只显示这一次，请复制后保存到备忘录或截图保存，不要告诉他人。
      </Text>
      <View className='recovery-codes__list'>
        {codes.map((code) => <Text key={code} className='recovery-codes__code'>{code}</Text>)}
      </View>
      <Button className='btn btn--ghost btn--block' onClick={() => void copy()}>{copied ? '已复制，可再次复制' : '复制全部恢复码'}</Button>
      <Button className='btn btn--primary btn--block recovery-codes__done' onClick={onDone}>{doneText}</Button>
    </View>
  )
}
