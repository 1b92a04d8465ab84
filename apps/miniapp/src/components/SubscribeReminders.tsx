import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ApiError } from '../api/api-error'
import { askReminders, fetchSubscriptions } from '../api/subscriptions'
import type { SUBSCRIPTION_TEMPLATE_KEYS } from '@zhilian/shared/contracts/subscriptions'
import { useRemote } from '../lib/use-remote'
import { ROUTES } from '../routes'
import '../styles/kit/page.css'
import '../styles/kit/sheet.css'

type SubscriptionTemplateKey = (typeof SUBSCRIPTION_TEMPLATE_KEYS)[number]

/** WeChat takes at most three one-time templates a call: the three a fair-goer needs. */
const FAIR_REMINDERS = ['event_starting', 'session_starting', 'interview_invitation'] as const

const IN_INBOX = '当前环境不支持微信订阅消息。活动开始、日程和面试提醒会发送到「消息」，打开小程序即可查看。'

/**
 * The answer under the button is below the page's fixed bottom bar when the button sits just above it (双选会's
 * 报名参加 bar, decision 073), so it is also said in a toast, short enough for WeChat's two toast lines.
 */
const TOAST_IN_INBOX = '提醒会发送到「消息」'

/**
 * 订阅提醒: asks WeChat for consent and tells the server what was accepted (one accept = one message).
 * The template ids are loaded beforehand because wx.requestSubscribeMessage must be the tap's first call:
 * after an await WeChat refuses it ("can only be invoked by user TAP gesture").
 */
export interface SubscribeRemindersProps {
  signedIn: boolean
  loginBack: string
  /** The templates to ask for (at most three); a fair-goer's three by default. */
  keys?: readonly SubscriptionTemplateKey[]
  title?: string
  hint?: string
}

export function SubscribeReminders({ signedIn, loginBack, keys = FAIR_REMINDERS, title = '活动提醒', hint = '活动开始前、日程开始前和收到面试邀请时提醒我' }: SubscribeRemindersProps) {
  const subs = useRemote(fetchSubscriptions, { enabled: signedIn })
  const [note, setNoteOnly] = useState<string>()
  const setNote = (text: string, toast: string) => {
    setNoteOnly(text)
    void Taro.showToast({ title: toast, icon: 'none', duration: 2500 })
  }

  const onTap = () => {
    if (!signedIn) return void Taro.navigateTo({ url: `${ROUTES.login}?redirect=${encodeURIComponent(loginBack)}` })
    const templates = subs.data?.templates
    if (!templates) return void Taro.showToast({ title: subs.error ?? '正在准备，请稍后再试', icon: 'none' })
    askReminders(templates, keys)
      .then((accepted) => {
        if (accepted === undefined) setNote(IN_INBOX, TOAST_IN_INBOX)
        else if (accepted) setNote(`已订阅${accepted}项提醒，每项提醒一次；提醒也会发送到「消息」。`, `已订阅${accepted}项提醒`)
        else setNote('未订阅微信提醒；提醒仍会发送到「消息」。', TOAST_IN_INBOX)
      })
      .catch((e: unknown) => (e instanceof ApiError ? setNote(e.message, e.message) : setNote(IN_INBOX, TOAST_IN_INBOX)))
  }

  return (
    <View className='card'>
      <Text className='detail-section'>{title}</Text>
      <Text className='muted'>{hint}</Text>
      <Button className='btn btn--ghost btn--block subscribe-btn' style={{ marginTop: 'var(--space-4)' }} data-ready={!signedIn || !!subs.data} onClick={onTap}>
        订阅提醒
      </Button>
      {note && <Text className='sheet__text subscribe-note' style={{ marginTop: 'var(--space-3)' }}>{note}</Text>}
    </View>
  )
}
