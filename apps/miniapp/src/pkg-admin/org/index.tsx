import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Switch, Text, View } from '@tarojs/components'
import { OrgKind, VerificationStatus } from '@zhilian/shared/contracts/enums'
import type { MemberSignInReset } from '@zhilian/shared/contracts/members'
import { useState } from 'react'
import { fetchAdminOrg, resetOwnerSignIn, setTrustedPoster } from '../../api/admin'
import { errorMessage } from '../../api/api-error'
import { SignInResetCard } from '../../components/SignInResetCard'
import { StateView } from '../../components/StateView'
import { LabelsCard } from './LabelsCard'
import { SuspensionCard } from './SuspensionCard'
import { palette } from '../../styles/palette'
import { useRemote } from '../../lib/use-remote'
import '../../styles/kit/field.css'
import '../../styles/kit/page.css'

/**
 * An organisation as the administrator manages it: the 免审发布 switch (decision 014). Turning it either way
 * needs a reason, which the audit log keeps with who and when. 重置负责人登录 (decision 064) is for an owner who lost
 * both password and recovery codes: after a confirmation, the temporary password is shown once, as on the owner's
 * 成员管理 page. 暂停/恢复 (decision 083) is SuspensionCard's. Each is offered only when the server's answer says the
 * caller may (`may`, decision 069).
 */
/** Shown instead of an action the server would refuse (consortium and park administrators, decision 021). */
const DECIDED_ELSEWHERE = '免审发布和负责人登录重置由教育、工信部门办理，联合体/园区管理员可查看成员单位。'

export default function AdminOrgPage() {
  const id = useRouter().params.id ?? ''
  const org = useRemote(() => fetchAdminOrg(id))
  const [want, setWant] = useState<boolean>()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [reset, setReset] = useState<MemberSignInReset>()
  const o = org.data

  const resetOwner = async () => {
    const content = '重置后该单位负责人的所有登录立即退出，原密码失效。将生成一个临时密码，只显示一次；请先核实对方身份，再当面或私下转交本人，对方用它登录时须设置新密码。此操作记入操作日志。确定重置吗？'
    const { confirm } = await Taro.showModal({ title: '重置负责人登录', content, confirmText: '重置', cancelText: '取消', confirmColor: palette.danger })
    if (!confirm) return
    setBusy(true)
    try {
      setReset(await resetOwnerSignIn(id))
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

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
              <Switch className='trusted-switch' checked={shown} disabled={o.kind !== 'enterprise' || !o.may.setTrusted} onChange={(e) => { setWant(e.detail.value); setError(undefined) }} />
            </View>
            <Text className='muted' style={{ display: 'block' }}>
              {o.may.setTrusted ? '开启后该企业新发布和修改的岗位直接公开，不进审核队列；含招转培等高风险信号的岗位仍须审核。' : DECIDED_ELSEWHERE}
            </Text>
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
        {o && <LabelsCard o={o} onChanged={org.reload} />}
        {o && <SuspensionCard o={o} onChanged={org.reload} />}
        {o?.may.resetOwnerSignIn && (
          <View className='card'>
            <Text className='section-title'>负责人登录</Text>
            <Text className='muted' style={{ display: 'block' }}>负责人忘记密码、恢复码也不可用时，可在此为其重置登录。</Text>
            {reset
              ? <SignInResetCard reset={reset} onDone={() => setReset(undefined)} />
              : <Button className='btn btn--ghost btn--block' disabled={busy} onClick={() => void resetOwner()}>重置负责人登录</Button>}
          </View>
        )}
      </StateView>
    </View>
  )
}
