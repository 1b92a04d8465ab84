import { Text } from '@tarojs/components'
import type { OrgIdentityChange } from '@zhilian/shared/contracts/organizations'
import { useCityVocab } from './list-form/use-cities'

const FIELD = { name: '名称', uscc: '统一社会信用代码', cityCode: '所在城市' } as const

/**
 * A verified unit's requested change of name, code or city: under review, the old values still public (decision 014);
 * on the workbench and on 单位资料 (decision 091).
 */
export function OrgPendingChange({ change, current }: { change: OrgIdentityChange | null; current: string }) {
  return change ? <PendingChangeNote change={change} current={current} /> : null
}

function PendingChangeNote({ change, current }: { change: OrgIdentityChange; current: string }) {
  // A new city by its name: its adcode (所在城市代码改为「370200」) means nothing to the person who asked (decision 061).
  const cities = useCityVocab().vocab.labels
  const shown: OrgIdentityChange = { ...change, cityCode: change.cityCode && (cities[change.cityCode] ?? change.cityCode) }
  const lines = (Object.keys(FIELD) as (keyof typeof FIELD)[]).filter((k) => shown[k]).map((k) => `${FIELD[k]}改为「${shown[k]}」`)
  return (
    <Text className='review-note org-pending-change'>
      信息变更审核中：{lines.join('，')}。审核通过前，对外仍显示「{current}」。
    </Text>
  )
}
