import { Button, Text, View } from '@tarojs/components'
import { SharingFee } from '@zhilian/shared/contracts/enums'
import type { OpenEquipment } from '@zhilian/shared/contracts/equipment'
import { useState } from 'react'
import { fetchOpenEquipment } from '../../api/equipment'
import { fetchCities } from '../../api/jobs'
import { fetchChains } from '../../api/reference'
import { LoadMore } from '../../components/LoadMore'
import { OptionChips } from '../../components/OptionChips'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { useRemote } from '../../lib/use-remote'
import '../../styles/kit/page.css'
import '../../styles/kit/item-card.css'
import './index.css'

/** Open equipment of verified colleges, by chain and city; 预约 opens the booking sheet. */
export function OpenEquipmentList({ onBook }: { onBook: (e: OpenEquipment) => void }) {
  const [chainId, setChainId] = useState<string>()
  const [cityCode, setCityCode] = useState<string>()
  const chains = useRemote(fetchChains)
  const cities = useRemote(fetchCities)
  const list = usePagedPage((cursor) => fetchOpenEquipment({ chainId, cityCode }, cursor), { reloadKey: `${chainId}|${cityCode}` })
  const chainName = (id: string | null) => chains.data?.find((c) => c.id === id)?.name
  const cityName = (code: string) => cities.data?.find((c) => c.adcode === code)?.name ?? ''

  return (
    <View>
      <OptionChips label='产业链' options={[{ value: undefined, label: '全部' }, ...(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))]} selected={chainId} onSelect={setChainId} />
      <OptionChips label='城市' options={[{ value: undefined, label: '全省' }, ...(cities.data ?? []).map((c) => ({ value: c.adcode, label: c.name }))]} selected={cityCode} onSelect={setCityCode} />
      <StateView {...list.stateView} empty={list.items.length === 0} emptyText='暂无开放共享的设备' emptyHint='换个产业链或城市试试'>
        {list.items.map((e) => (
          <View key={e.id} className='card equipment-card'>
            <View className='job-card__head'>
              <Text className='job-card__title'>{e.name}</Text>
              <Text className='equipment-card__fee'>{e.fee ? SharingFee.labels[e.fee] : '费用面议'}</Text>
            </View>
            <Text className='muted equipment-card__line'>
              {e.college.name} · {cityName(e.college.cityCode)}
              {e.chainIds.map(chainName).filter(Boolean).map((n) => ` · ${n}`).join('')}
            </Text>
            <Text className='equipment-card__line'>
              {e.model ? `型号 ${e.model} · ` : ''}
              {e.quantity} 台（套） · {e.coreFunction}
            </Text>
            <Text className='equipment-card__line'>开放时间：{e.openHours ?? '面议'}</Text>
            {e.feeNote && <Text className='equipment-card__line'>收费说明：{e.feeNote}</Text>}
            {e.cooperationMode && <Text className='equipment-card__line'>共享方式：{e.cooperationMode}</Text>}
            <View className='row-actions'>
              <Button className='btn btn--small btn--primary' onClick={() => onBook(e)}>预约</Button>
            </View>
          </View>
        ))}
        <LoadMore list={list} />
      </StateView>
    </View>
  )
}
