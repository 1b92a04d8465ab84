import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { OrgKind, Role, VerificationStatus } from '@zhilian/shared'
import { useRef, useState } from 'react'
import { logout } from '../../api/auth'
import { fetchUnreadCount } from '../../api/inbox'
import { fetchMe } from '../../api/me'
import { getToken } from '../../api/token'
import { DemoBanner } from '../../components/DemoBanner'
import { LinkRows } from '../../components/LinkRows'
import { StateView } from '../../components/StateView'
import { StudentCorner } from '../../components/StudentCorner'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { workbenchesFor } from './workbenches'
import { unitKindLabel } from '@zhilian/shared/rules/org-kinds'
import { usePullDown } from '../../lib/use-pull-down'
import './index.css'

/** Staff roles act for an organisation, so 尚未加入任何单位 tells them something; students and administrators don't. */
const unitless = (role: string) => role === 'enterprise' || role === 'college'

export default function MePage() {
  const [signedIn, setSignedIn] = useState(() => getToken() !== null)
  const me = useRemote(fetchMe, { enabled: signedIn })
  const unread = useRemote(fetchUnreadCount, { enabled: signedIn })

  // The token can appear or vanish while this tab is hidden (login page, 401 elsewhere). The first show
  // coincides with the initial load, so only later shows refresh.
  const shownBefore = useRef(false)
  useDidShow(() => {
    const now = getToken() !== null
    if (now !== signedIn) setSignedIn(now)
    else if (now && shownBefore.current) void Promise.all([me.reload(), unread.reload()])
    shownBefore.current = true
  })

  usePullDown(() => (signedIn ? me.reload() : Promise.resolve()))

  const signOut = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定要退出当前账号吗？', confirmText: '退出', cancelText: '取消' })
    if (!confirm) return
    await logout().catch(() => undefined)
    setSignedIn(false)
    void Taro.showToast({ title: '已退出登录', icon: 'none' })
  }

  if (!signedIn) {
    return (
      <View className='me'>
        <DemoBanner />
        <View className='card me__guest'>
          <Text className='me__name'>尚未登录</Text>
          <Text className='muted'>登录后可查看所在单位的认证状态和工作台</Text>
          <Button className='btn btn--primary btn--block me__action' onClick={() => void Taro.navigateTo({ url: `${ROUTES.login}?redirect=${encodeURIComponent(ROUTES.me)}` })}>
            去登录
          </Button>
        </View>
      </View>
    )
  }

  return (
    <View className='me'>
      <DemoBanner />
      <StateView loading={me.loading && !me.data} error={me.data ? undefined : me.error} onRetry={me.reload}>
        {me.data && (
          <View>
            <View className='card'>
              <Text className='me__name'>{me.data.user.displayName}</Text>
              {/* The 单位 account is named after its units' kind: a research institute's staff read 企业 (decision 084). */}
              <Text className='me__role'>{me.data.user.role === 'enterprise' ? unitKindLabel(me.data.memberships.map((m) => m.org.kind)) : Role.labels[me.data.user.role]}</Text>
            </View>
            {/* Administrators belong to the platform, not to an organisation; a student's college is on the résumé (below). */}
            {(unitless(me.data.user.role) || me.data.memberships.length > 0) && <Text className='section-title'>所在单位</Text>}
            <StateView empty={me.data.memberships.length === 0 && unitless(me.data.user.role)} emptyText='尚未加入任何单位'>
              {me.data.memberships.map((m) => (
                <View key={m.id} className='card me__membership'>
                  <View className='me__membership-head'>
                    <Text className='me__org'>{m.org.name}</Text>
                    {/* The tag is the unit's standing, the line the member's own: 「已认证」 beside 「单位已暂停」 read as a contradiction (decision 098). */}
                    <Text className={`status-tag status-tag--${m.org.verification}`}>{VerificationStatus.labels[m.org.verification]}</Text>
                  </View>
                  <Text className='muted'>
                    {OrgKind.labels[m.org.kind]} · 我的成员身份{VerificationStatus.labels[m.status]}
                  </Text>
                </View>
              ))}
            </StateView>
            {me.data.user.role === 'student' && <StudentCorner onDeleted={() => setSignedIn(false)} />}
            <LinkRows
              links={[
                ...(me.data.user.role === 'student' ? [{ text: '我的日程', hint: '双选会议程与面试', url: ROUTES.eventSchedule }] : []),
                { text: '消息', hint: unread.data ? `${unread.data}条未读` : undefined, url: ROUTES.inbox },
                // A student's 账号安全 sits in StudentCorner beside the rest of their account (decision 059); staff's here (063).
                ...(me.data.user.role === 'student' ? [] : [{ text: '账号安全', hint: '修改密码、恢复码', url: ROUTES.account }]),
              ]}
            />
            {workbenchesFor(me.data).map((w) => (
              <View role='button' key={w.url} className='card me__link' onClick={() => void Taro.navigateTo({ url: w.url })}>
                <Text>{w.label}</Text>
                <Text className='muted'>›</Text>
              </View>
            ))}
          </View>
        )}
      </StateView>
      <Button className='btn btn--danger btn--block me__logout' onClick={() => void signOut()}>
        退出登录
      </Button>
    </View>
  )
}
