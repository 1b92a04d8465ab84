import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { CreatedInvitation } from '@zhilian/shared/contracts/members'
import { MEMBER_ROLE_HINTS, MEMBER_ROLE_LABELS, type OrgRoleName } from '@zhilian/shared/rules/org-roles'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { createInvitation } from '../../api/members'
import { OptionChips } from '../../components/OptionChips'
import { shortDateTime } from '../../lib/beijing-time'
import { joinLink } from '../invite-link'
import '../../styles/kit/field.css'
import './index.css'

const ROLES: OrgRoleName[] = ['hr', 'list_filler', 'manager', 'viewer']

/**
 * The owner picks a role and makes a one-time code. In WeChat the code goes out as a share card (the page's
 * useShareAppMessage reads `created`); on H5 the code and a link are copied.
 */
export function InviteCard({ orgId, created, onCreated }: { orgId: string; created: CreatedInvitation | undefined; onCreated: (c: CreatedInvitation) => void }) {
  const [role, setRole] = useState<OrgRoleName>('hr')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const make = async () => {
    setBusy(true)
    setError(undefined)
    try {
      onCreated(await createInvitation(orgId, { role }))
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const copy = (data: string, what: string) => void Taro.setClipboardData({ data }).then(() => Taro.showToast({ title: `${what}已复制`, icon: 'none' }))

  return (
    <View className='card invite-card'>
      <Text className='section-title'>邀请同事</Text>
      <OptionChips label='角色' options={ROLES.map((r) => ({ value: r, label: MEMBER_ROLE_LABELS[r] }))} selected={role} onSelect={(r) => r && setRole(r)} />
      <Text className='muted' style={{ display: 'block' }}>{MEMBER_ROLE_HINTS[role]}</Text>
      {error && <Text className='field-error'>{error}</Text>}
      <Button className='btn btn--primary btn--block invite-card__make' loading={busy} disabled={busy} onClick={() => void make()}>生成邀请码</Button>
      {created && (
        <View className='invite-card__code'>
          <Text className='invite-card__digits' selectable>{created.code}</Text>
          <Text className='muted' style={{ display: 'block' }}>
            {MEMBER_ROLE_LABELS[created.role]} · 仅可使用一次 · {shortDateTime(created.expiresAt)} 前有效
          </Text>
          {process.env.TARO_ENV === 'weapp'
            ? <Button className='btn btn--primary btn--small' openType='share'>发给微信好友</Button>
            : <Button className='btn btn--primary btn--small' onClick={() => copy(joinLink(created.code), '邀请链接')}>复制邀请链接</Button>}
          <Button className='btn btn--ghost btn--small' onClick={() => copy(created.code, '邀请码')}>复制邀请码</Button>
        </View>
      )}
    </View>
  )
}
