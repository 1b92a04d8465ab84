import { Button, Text, View } from '@tarojs/components'
import { OrgKind } from '@zhilian/shared/contracts/enums'
import type { Partner } from '@zhilian/shared/contracts/projects'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { searchPartners } from '../../api/projects'
import { OptionChips } from '../../components/OptionChips'
import { SearchBar } from '../../components/SearchBar'
import '../../components/SearchBar.css'
import { StateView } from '../../components/StateView'
import '../../styles/kit/field.css'
import '../projects.css'

type Kind = keyof typeof OrgKind.labels
const ALL_KINDS = Object.keys(OrgKind.labels) as Kind[]
const kindOptions = (kinds: readonly Kind[]) => kinds.map((k) => ({ value: k as Kind | undefined, label: OrgKind.labels[k] }))

interface Found { items: Partner[]; nextCursor: string | null }

/**
 * The partner of a new project, looked up by name among verified organisations (/api/projects/partners): type,
 * 搜索, tap one. Shows what the search is doing — nothing yet, searching, failed, nothing found — in place. `kinds`
 * are those the project's source allows opposite the caller's unit (`partnerKinds`, decision 107): only they are
 * offered, and a search always names one, so a unit the BFF would refuse is never listed.
 */
export function PartnerPicker({ picked, onPick, error, kinds }: { picked: Partner | undefined; onPick: (p: Partner | undefined) => void; error?: string; kinds?: readonly Kind[] }) {
  const [q, setQ] = useState('')
  const [kind, setKind] = useState<Kind | undefined>(kinds?.[0])
  const options = kinds ? kindOptions(kinds) : [{ value: undefined, label: '全部' }, ...kindOptions(ALL_KINDS)]
  const [found, setFound] = useState<Found>()
  const [loading, setLoading] = useState(false)
  const [failed, setFailed] = useState<string>()

  const search = async (cursor: string | null = null, k = kind) => {
    setLoading(true)
    setFailed(undefined)
    try {
      const page = await searchPartners(q.trim(), k, cursor)
      setFound((before) => (cursor && before ? { items: [...before.items, ...page.items], nextCursor: page.nextCursor } : page))
    } catch (e) {
      setFailed(errorMessage(e))
    } finally {
      setLoading(false)
    }
  }

  if (picked) {
    return (
      <View className='field'>
        <Text className='field__label'>合作单位</Text>
        <View className='partner-picked'>
          <Text>{picked.name}（{OrgKind.labels[picked.kind]} · {picked.cityName}）</Text>
          <Text role='button' className='project-link' onClick={() => onPick(undefined)}>更换</Text>
        </View>
      </View>
    )
  }
  return (
    <View className='field'>
      <Text className='field__label'>合作单位</Text>
      <OptionChips label='类型' options={options} selected={kind} onSelect={(k) => { setKind(k); if (found) void search(null, k) }} />
      <SearchBar className='search-bar--flush' name='partnerQuery' placeholder='输入单位名称搜索' value={q} busy={loading} onInput={setQ} onSearch={() => void search()} />
      {error && <Text className='field-error'>{error}</Text>}
      {!found && !loading && !failed && <Text className='muted'>只显示已认证单位的名称、类型和所在城市</Text>}
      <StateView loading={loading && !found?.items.length} error={failed} onRetry={() => void search()} empty={found?.items.length === 0} emptyText='没有找到符合条件的已认证单位' emptyHint='换个关键词或类型试试'>
        {found?.items.map((o) => (
          <View role='button' key={o.id} className='milestone-pick' onClick={() => onPick(o)}>
            <Text>{o.name}</Text>
            <Text className='muted'>（{OrgKind.labels[o.kind]} · {o.cityName}）</Text>
          </View>
        ))}
        {found?.nextCursor && (
          <Button className='btn btn--ghost btn--small' loading={loading} disabled={loading} onClick={() => void search(found.nextCursor)}>加载更多</Button>
        )}
      </StateView>
    </View>
  )
}
