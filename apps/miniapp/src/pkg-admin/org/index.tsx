import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Switch, Text, View } from '@tarojs/components'
import { OrgKind, VerificationStatus } from '@zhilian/shared/contracts/enums'
import { useState } from 'react'
import { fetchAdminOrg, setTrustedPoster } from '../../api/admin'
import { errorMessage } from '../../api/api-error'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import '../../styles/kit/field.css'
import '../../styles/kit/page.css'

/**
 * An organisation as the administrator manages it: the 免审发布 switch (decision 014). Turning it either way
 * needs a reason, which the audit log keeps with who and when.
 */
export default function AdminOrgPage() {
  const id = useRouter().params.id ?? ''
  const org = useRemote(() => fetchAdminOrg(id))
  const [want, setWant] = useState<boolean>()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const o = org.data

  const save = async () => {
    if (want === undefined) return
    if (reason.trim().length < 2) return setError('请填写理由（至少2个字），将记入操作日志')
    setBusy(true)
    try {
      await setTrustedPoster(id, { trusted: want, reason: reason.trim() })
      void Taro.showToast({ title: want ? '已设为免审发布' : '已取消免审发布', icon: 'none' })
      setWant(undefined)
      setReason('')
      await org.reload()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const shown = want ?? o?.trustedPoster ?? false
  return (
    <View className='page-pad'>
      <StateView loading={org.loading && !o} error={o ? undefined : org.error} onRetry={() => void org.reload()}>
        {o && (
          <View className='card'>
            <Text className='section-title'>{o.name}</Text>
            <Text className='muted' style={{ display: 'block' }}>
              {OrgKind.labels[o.kind]} · {VerificationStatus.labels[o.verification]} · {o.uscc}
            </Text>
            <Text className='muted' style={{ display: 'block' }}>待审核岗位{o.jobs.pendingReview}个 · 招聘中{o.jobs.open}个</Text>
            <View className='row-actions' style={{ marginTop: 'var(--space-4)', alignItems: 'center' }}>
              <Text>免审发布岗位</Text>
              <Switch className='trusted-switch' checked={shown} disabled={o.kind !== 'enterprise'} onChange={(e) => { setWant(e.detail.value); setError(undefined) }} />
            </View>
            <Text className='muted' style={{ display: 'block' }}>开启后该企业新发布和修改的岗位直接公开，不进审核队列；含招转培等高风险信号的岗位仍须审核。</Text>
            {want !== undefined && want !== o.trustedPoster && (
              <View style={{ marginTop: 'var(--space-3)' }}>
                <Input aria-label='理由（记入操作日志）' className='field__input trusted-reason' name='reason' placeholder='理由（记入操作日志）' value={reason} onInput={(e) => { setReason(e.detail.value); setError(undefined) }} />
                {error && <Text className='field-error'>{error}</Text>}
                <Button className='btn btn--primary btn--block' loading={busy} disabled={busy} onClick={() => void save()}>
                  {want ? '确认设为免审发布' : '确认取消免审发布'}
                </Button>
              </View>
            )}
          </View>
        )}
      </StateView>
    </View>
  )
}
