import { Text, View } from '@tarojs/components'
import { beijingDateTime } from '../../lib/beijing-time'
import { fetchListVersions, type ListKindName } from '../../api/lists'
import { useRemote } from '../../lib/use-remote'
import { StateView } from '../StateView'
import './ListForm.css'

/** Who submitted or imported which version, when, and what changed: a 字段 / 原值 / 新值 table per version. */
export function VersionHistory({ kind }: { kind: ListKindName }) {
  const versions = useRemote(() => fetchListVersions(kind))
  const items = versions.data?.items ?? []
  return (
    <StateView loading={versions.loading} error={versions.error} onRetry={versions.reload} empty={items.length === 0} emptyText='还没有提交过的版本'>
      {items.map((v) => (
        <View key={v.version} className='card lf-version'>
          <Text className='lf-version__head'>
            第{v.version}版 · {v.source === 'import' ? 'Excel导入' : '在线提交'} · {v.by.displayName ?? '未知用户'} · {beijingDateTime(v.at)}
          </Text>
          {v.changes.length === 0 && <Text className='muted'>内容无变化</Text>}
          {v.changes.length > 0 && (
            <View className='lf-diff'>
              <View className='lf-diff__row lf-diff__row--head'>
                <Text className='lf-diff__cell'>字段</Text>
                <Text className='lf-diff__cell'>原值</Text>
                <Text className='lf-diff__cell'>新值</Text>
              </View>
              {v.changes.map((c) => (
                <View key={c.label} className='lf-diff__row'>
                  <Text className='lf-diff__cell'>{c.label}</Text>
                  <Text className='lf-diff__cell muted'>{c.from}</Text>
                  <Text className='lf-diff__cell'>{c.to}</Text>
                </View>
              ))}
            </View>
          )}
        </View>
      ))}
    </StateView>
  )
}
