import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { OrgKind, VerificationStatus } from '@zhilian/shared'
import { fetchMe } from '../api/me'
import { useRemote } from '../lib/use-remote'
import { orgStatusMeaning } from './org-status-text'
import { StateView } from './StateView'

/**
 * The enterprise and college workbenches start as the organisation's standing with the platform;
 * the list forms (需求清单 / 供给清单) arrive with their features.
 */
export function OrgWorkbench({ kind }: { kind: 'enterprise' | 'college' }) {
  const me = useRemote(fetchMe)
  usePullDownRefresh(() => {
    void me.reload().finally(() => Taro.stopPullDownRefresh())
  })
  const memberships = me.data?.memberships.filter((m) => m.org.kind === kind) ?? []

  return (
    <View className='workbench'>
      <StateView
        loading={me.loading && !me.data}
        error={me.data ? undefined : me.error}
        onRetry={me.reload}
        empty={memberships.length === 0}
        emptyText={`您尚未加入任何${OrgKind.labels[kind]}`}
        emptyHint='加入单位并通过平台审核后，可在此管理本单位信息'
      >
        {memberships.map((m) => (
          <View key={m.id} className='card'>
            <View className='workbench__head'>
              <Text className='workbench__org'>{m.org.name}</Text>
              <Text className={`status-tag status-tag--${m.org.verification}`}>{VerificationStatus.labels[m.org.verification]}</Text>
            </View>
            <Text className='workbench__meaning'>{orgStatusMeaning(kind, m.org.verification)}</Text>
            <View className='workbench__contact'>
              <Text className='muted'>
                我的身份：{m.isOwner ? '单位负责人' : '单位成员'}（{VerificationStatus.labels[m.status]}）
              </Text>
            </View>
          </View>
        ))}
      </StateView>
    </View>
  )
}
