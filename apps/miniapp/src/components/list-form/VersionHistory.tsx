import { Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { fetchListVersions, type ListKindName } from '../../api/lists'
import { useRemote } from '../../lib/use-remote'
import { StateView } from '../StateView'

const count = (n: number | null) => (n === null ? '无' : `${n}项`)

/** Who submitted or imported which version, when, and what changed. */
export function VersionHistory({ kind }: { kind: ListKindName }) {
  const versions = useRemote(() => fetchListVersions(kind))
  const items = versions.data?.items ?? []
  return (
    <StateView loading={versions.loading} error={versions.error} onRetry={versions.reload} empty={items.length === 0} emptyText='还没有提交过的版本'>
      {items.map((v) => (
        <View key={v.version} className='card lf-version'>
          <Text className='lf-version__head'>
            第{v.version}版 · {v.source === 'import' ? 'Excel导入' : '在线提交'} · {v.by.displayName ?? '未知用户'} · {dayjs(v.at).format('YYYY-MM-DD HH:mm')}
          </Text>
          {v.changes.length === 0 && <Text className='muted'>内容无变化</Text>}
          {v.changes.map((c) => (
            <Text key={c.section} className='muted'>
              {c.label}：{count(c.from)} → {count(c.to)}
            </Text>
          ))}
        </View>
      ))}
    </StateView>
  )
}
