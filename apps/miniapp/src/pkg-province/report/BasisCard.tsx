import { Button, Input, Text, View } from '@tarojs/components'
import { percent } from '@zhilian/shared'
import { ReportBasisBodySchema, type ReportBasis } from '@zhilian/shared/contracts/reports'
import { useState } from 'react'
import { saveReportBasis } from '../../api/reports'
import { useSave } from '../../lib/use-save'
import '../../styles/kit/field.css'
import '../province.css'

/** The year's in-province employment share (decision 019): shown with its source, editable by the administrator. */
export function BasisCard({ basis, onSaved }: { basis: ReportBasis; onSaved: () => void }) {
  const [editing, setEditing] = useState(false)
  const [share, setShare] = useState(basis.inProvinceShare === null ? '' : String(Math.round(basis.inProvinceShare * 1000) / 10))
  const [source, setSource] = useState(basis.inProvinceSource ?? '')
  const { save, saving, issues } = useSave(ReportBasisBodySchema, (body) => saveReportBasis(basis.year, body), () => {
    setEditing(false)
    onSaved()
  })
  return (
    <View className='card'>
      <Text className='province__h'>省内就业比例（{basis.year}年）</Text>
      <Text className='province__line'>
        {basis.inProvinceShare === null ? '未登记：人才供给按毕业生全部在省内就业计算。' : `${percent(basis.inProvinceShare)}（来源：${basis.inProvinceSource}）`}
      </Text>
      {editing ? (
        <View>
          <View className='field'>
            <Text className='field__label'>省内就业比例（%）</Text>
            <Input aria-label='省内就业比例（%）' className='field__input' name='inProvinceShare' type='digit' value={share} onInput={(e) => setShare(e.detail.value)} />
            {issues.inProvinceShare && <Text className='field-error'>{issues.inProvinceShare}</Text>}
          </View>
          <View className='field'>
            <Text className='field__label'>来源（文件名称、发布单位和日期）</Text>
            <Input aria-label='来源（文件名称、发布单位和日期）' className='field__input' name='basisSource' value={source} onInput={(e) => setSource(e.detail.value)} />
            {issues.source && <Text className='field-error'>{issues.source}</Text>}
          </View>
          <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={() => void save({ inProvinceShare: Number(share) / 100, source })}>
            保存
          </Button>
        </View>
      ) : (
        <Button className='btn btn--ghost' onClick={() => setEditing(true)}>
          {basis.inProvinceShare === null ? '登记比例' : '修改'}
        </Button>
      )}
    </View>
  )
}
