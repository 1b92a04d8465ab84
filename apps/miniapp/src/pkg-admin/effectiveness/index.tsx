import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { OrgKind } from '@zhilian/shared'
import { EFFECT_TERMS } from '@zhilian/shared/rules/effectiveness'
import { useRef, useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { fetchEffectRanking, rankingXlsxPath, type RankingFilter } from '../../api/effectiveness'
import { downloadWorkbook } from '../../api/imports'
import { fetchCities } from '../../api/organizations'
import { fetchChains } from '../../api/reference'
import { LoadMore } from '../../components/LoadMore'
import { OptionChips } from '../../components/OptionChips'
import { StateView } from '../../components/StateView'
import { YearChips } from '../../components/YearChips'
import { usePagedPage } from '../../lib/use-paged-list'
import { useRemote } from '../../lib/use-remote'
import { useAdminScope } from '../scope/use-admin-scope'
import { rankingCities, rankingSides } from './sides'
import '../../styles/kit/item-card.css'
import '../../styles/kit/page.css'

const SIDE_LABELS = { unit: '企业及其他单位', college: '院校' } as const

const thisYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()

/**
 * 成效排名 (decision 029): a department's ranking of one side by chain and city, narrowed to what it governs
 * (decision 021), with the formula above it and the .xlsx it files for recognition and selection.
 */
export default function EffectRankingPage() {
  const now = thisYear()
  const [chosen, setFilter] = useState<RankingFilter>({ year: now, side: 'unit' })
  const { scope } = useAdminScope()
  const sides = rankingSides(scope?.department)
  // The side chosen, or the one the scope holds (an education bureau has no 企业 to rank).
  const filter: RankingFilter = sides.includes(chosen.side) ? chosen : { ...chosen, side: sides[0]! }
  const chains = useRemote(fetchChains)
  const cities = useRemote(fetchCities)
  const offeredCities = rankingCities(scope, cities.data ?? [])
  const meta = useRef<{ formula: string; scopeLabel: string; totalRows: number }>()
  const list = usePagedPage(async (cursor) => {
    const page = await fetchEffectRanking(filter, cursor)
    meta.current = page
    return { ...page, items: page.items.map((r) => ({ ...r, id: r.org.id })) }
  }, { reloadKey: JSON.stringify(filter) })
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<RankingFilter>) => setFilter((f) => ({ ...f, ...patch }))
  const exportXlsx = async () => {
    setBusy(true)
    try {
      await downloadWorkbook(rankingXlsxPath(filter), `${filter.year}年成效排名.xlsx`)
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page-pad'>
      <YearChips years={[now, now - 1, now - 2]} withData={[now, now - 1, now - 2]} selected={filter.year} onSelect={(year) => set({ year })} />
      <OptionChips label='对象' options={sides.map((value) => ({ value, label: SIDE_LABELS[value] }))} selected={filter.side} onSelect={(side) => side && set({ side })} />
      {offeredCities.length > 0 && (
        <OptionChips label='城市' options={[{ value: undefined, label: '不限' }, ...offeredCities.map((c) => ({ value: c.adcode, label: c.name }))]} selected={filter.cityCode} onSelect={(cityCode) => set({ cityCode })} />
      )}
      <OptionChips label='产业链' options={[{ value: undefined, label: '不限' }, ...(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))]} selected={filter.chainId} onSelect={(chainId) => set({ chainId })} />
      <View className='card'>
        <Text className='muted' style={{ display: 'block' }}>范围：{meta.current?.scopeLabel ?? '…'}；共 {meta.current?.totalRows ?? 0} 家单位有成效</Text>
        <Text className='muted' style={{ display: 'block' }}>{meta.current?.formula}</Text>
        <Button className='btn btn--ghost' loading={busy} disabled={busy} onClick={() => void exportXlsx()}>导出 Excel</Button>
      </View>
      <StateView {...list.stateView} empty={!list.loading && list.items.length === 0} emptyText='该范围内本年度暂无成效记录' emptyHint='成效只统计通过平台发生的招聘入职、培训、设备共享、经市场验题的难题解决和结项的合作项目'>
        {list.items.map((r) => (
          <View key={r.id} className='card effect-rank'>
            {/* A card's title, not a page section's (section-title's padding indented it inside the card). */}
            <Text className='job-card__title page-line'>第{r.rank}名 · {r.org.name}</Text>
            <Text className='muted' style={{ display: 'block' }}>{OrgKind.labels[r.org.kind]} · {r.org.cityName} · 成效分 {r.total}</Text>
            <Text className='muted' style={{ display: 'block' }}>{EFFECT_TERMS.map((t) => `${t.label} ${r.counts[t.key] ?? 0}${t.unit}`).join('；')}</Text>
          </View>
        ))}
        {list.items.length > 0 && <LoadMore list={list} />}
      </StateView>
    </View>
  )
}
