import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import type { AdminOrg } from '@zhilian/shared/contracts/admin'
import { useState } from 'react'
import { restoreOrg, suspendOrg } from '../../api/admin'
import { errorMessage } from '../../api/api-error'
import { beijingDateTime } from '../../lib/beijing-time'
import { palette } from '../../styles/palette'
import '../../styles/kit/field.css'

/**
 * 暂停/恢复 a unit (decision 083), offered only when the server says the caller may (`may.suspend`). Both need a
 * reason and a confirmation that names what happens to its jobs: 暂停 takes the open ones offline, 恢复 puts back
 * exactly those (closing the ones whose date passed meanwhile).
 */
export function SuspensionCard({ o, onChanged }: { o: AdminOrg; onChanged: () => Promise<void> }) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const suspended = o.verification === 'suspended'
  if (!o.may.suspend || (!suspended && o.verification !== 'verified')) return null

  const act = async () => {
    if (reason.trim().length < 2) return setError(suspended ? '请填写恢复原因（至少2个字），将记入操作日志' : '请填写暂停原因（至少2个字），该单位成员会看到')
    const content = suspended
      ? `恢复后该单位重新计入统计，因暂停下线的${o.jobs.suspended}个岗位将重新上线（已过截止日期的将关闭）。确定恢复吗？`
      : `暂停后该单位不再计入统计与地图，其在招岗位将下线${o.jobs.open}个，成员不能再发布岗位；投递记录保留。确定暂停吗？`
    const { confirm } = await Taro.showModal({ title: suspended ? '恢复单位' : '暂停单位', content, confirmText: suspended ? '恢复' : '暂停', cancelText: '取消', confirmColor: palette.danger })
    if (!confirm) return
    setBusy(true)
    try {
      await (suspended ? restoreOrg : suspendOrg)(o.id, { reason: reason.trim() })
      void Taro.showToast({ title: suspended ? '已恢复' : '已暂停', icon: 'none' })
      setReason('')
      await onChanged()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card' aria-label='暂停与恢复'>
      <Text className='section-title'>{suspended ? '单位已暂停' : '暂停单位'}</Text>
      <Text className='muted' style={{ display: 'block' }}>
        {suspended && o.suspension
          ? `${o.suspension.by}于${beijingDateTime(o.suspension.at)}暂停，原因：${o.suspension.reason}。因暂停下线的岗位${o.jobs.suspended}个。`
          : '发现单位虚假或违规时可暂停：其岗位下线，不再计入统计，成员仍可登录查看原因。'}
      </Text>
      <Input aria-label={suspended ? '恢复原因（记入操作日志）' : '暂停原因（单位成员可见）'} className='field__input suspension-reason' name='suspension-reason'
        placeholder={suspended ? '恢复原因（记入操作日志）' : '暂停原因（单位成员可见）'} value={reason} onInput={(e) => { setReason(e.detail.value); setError(undefined) }} />
      {error && <Text className='field-error'>{error}</Text>}
      <Button className={suspended ? 'btn btn--primary btn--block' : 'btn btn--danger btn--block'} loading={busy} disabled={busy} onClick={() => void act()}>
        {suspended ? '恢复单位' : '暂停单位'}
      </Button>
    </View>
  )
}
