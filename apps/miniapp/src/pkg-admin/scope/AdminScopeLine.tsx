import { Text, View } from '@tarojs/components'
import type { MyAdminScope } from '@zhilian/shared/contracts/me'
import './AdminScopeLine.css'

/** What this administrator governs, in one line at the top of the admin area (decision 021). */
export function AdminScopeLine({ scope }: { scope: MyAdminScope | null | undefined }) {
  if (!scope) return null
  return (
    <View className='card admin-scope' aria-label='管理范围'>
      <Text className='admin-scope__label'>{scope.label}</Text>
      {!scope.canDecide && <Text className='muted'>可查看成员单位的认证与清单，审核由教育、工信部门办理</Text>}
    </View>
  )
}
