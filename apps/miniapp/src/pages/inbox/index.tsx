import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchInbox, inboxLinkUrl, markRead, type InboxMessage } from '../../api/inbox'
import { dayTime } from '../../lib/beijing-time'
import { LoadMore } from '../../components/LoadMore'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { isTabRoute } from '../../routes'
import '../../styles/kit/page.css'
import '../../styles/kit/sheet.css'
import '../../components/events-ui.css'

/** 消息: every reminder and notice, also without WeChat; opening one marks it read and goes where it points. */
export default function InboxPage() {
  const list = usePagedPage(fetchInbox)
  // Read locally at once; the server is told in the background (a failed mark only leaves it unread).
  const [read, setRead] = useState<Set<string>>(new Set())

  const open = (m: InboxMessage) => {
    if (!m.readAt && !read.has(m.id)) {
      setRead((prev) => new Set(prev).add(m.id))
      void markRead(m.id).catch(() => undefined)
    }
    if (!m.link) return
    const url = inboxLinkUrl(m.link)
    void (isTabRoute(url) ? Taro.switchTab({ url: url.split('?')[0]! }) : Taro.navigateTo({ url }))
  }

  const unread = list.items.filter((m) => !m.readAt && !read.has(m.id)).length
  return (
    <View className='page-pad inbox'>
      {unread > 0 && <Text className='section-title'>{unread}条未读</Text>}
      <StateView {...list.stateView} empty={list.items.length === 0} emptyText='暂无消息' emptyHint='活动提醒、日程提醒和投递进展会出现在这里'>
        {list.items.map((m) => {
          const isUnread = !m.readAt && !read.has(m.id)
          return (
            <View role='button' key={m.id} className={`card inbox-item${isUnread ? ' inbox-item--unread' : ''}`} onClick={() => open(m)}>
              <View className='inbox-item__title'>
                {isUnread && <View className='inbox-dot' aria-label='未读' />}
                <Text>{m.title}</Text>
              </View>
              <Text className='sheet__text' style={{ margin: 'var(--space-2) 0' }}>{m.body}</Text>
              <Text className='muted'>
                {dayTime(m.createdAt)}
                {m.link ? ' · 查看 ›' : ''}
              </Text>
            </View>
          )
        })}
        <LoadMore list={list} />
      </StateView>
    </View>
  )
}
