import Taro from '@tarojs/taro'
import { Button } from '@tarojs/components'
import type { Org } from '@zhilian/shared/contracts/organizations'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { withdrawOrganizationChange } from '../../api/organizations'
import { palette } from '../../styles/palette'

/**
 * 撤回 a change of name, code or city waiting for review (decision 101), after a question: a mistyped name no longer
 * waits for a reviewer to reject it. Offered to the roles that may edit 单位资料, the ones the BFF lets withdraw.
 */
export function WithdrawChange({ org, onWithdrawn }: { org: Org; onWithdrawn: (org: Org) => void }) {
  const [busy, setBusy] = useState(false)
  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回信息变更',
      content: `撤回后审核人员不再处理这次变更，单位仍显示「${org.name}」。如仍需变更，可重新修改并提交审核。确定撤回吗？`,
      confirmText: '撤回', cancelText: '取消', confirmColor: palette.danger,
    })
    if (!confirm) return
    setBusy(true)
    try {
      const after = await withdrawOrganizationChange(org.id)
      void Taro.showToast({ title: '已撤回变更', icon: 'none' })
      onWithdrawn(after)
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  return <Button className='btn btn--ghost btn--small' disabled={busy} onClick={() => void withdraw()}>撤回变更</Button>
}
