import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { fetchPendingMemberships, verifyMembership } from '../../api/admin'
import { errorMessage } from '../../api/api-error'
import { LinkRows } from '../../components/LinkRows'
import { StateView } from '../../components/StateView'
import { ROUTES } from '../../routes'
import { managesAdministrators } from '@zhilian/shared/rules/administrators'
import { usePagedPage } from '../../lib/use-paged-list'
import { AdminScopeLine } from '../scope/AdminScopeLine'
import { useAdminScope } from '../scope/use-admin-scope'
import { ReviewCard, type Decision } from './ReviewCard'
import { LoadMore } from '../../components/LoadMore'
import './index.css'

export default function MembershipReviewPage() {
  const list = usePagedPage(fetchPendingMemberships)
  const { scope } = useAdminScope()
  // Chains are the province's to run; a department, bureau or consortium does not see the link (nor before /api/me).
  const province = scope?.province ?? false

  const decide = async (id: string, decision: Decision, note?: string) => {
    const { confirm } = await Taro.showModal({
      title: decision === 'verified' ? '确认通过' : '确认驳回',
      content: decision === 'verified' ? '通过后该成员获得认证；单位尚在审核时一并认证，确定通过吗？' : `驳回理由：${note ?? ''}`,
      confirmText: decision === 'verified' ? '通过' : '驳回',
      cancelText: '取消',
    })
    if (!confirm) return false
    try {
      await verifyMembership(id, { decision, note })
      list.remove(id)
      void Taro.showToast({ title: decision === 'verified' ? '已通过' : '已驳回', icon: 'success' })
      return true
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
      return false
    }
  }

  return (
    <View className='review'>
      <AdminScopeLine scope={scope} />
      <LinkRows
        title='管理后台'
        links={[
          { text: '审核队列', hint: scope && !scope.province ? '本范围内的待审内容' : '单位、岗位、清单、举报', url: ROUTES.adminReview },
          { text: '操作日志', url: ROUTES.adminAudit },
          { text: '项目台账', hint: scope && !scope.province ? '本范围内的合作项目' : '全省合作项目进展', url: ROUTES.projects },
          { text: '成效排名', hint: '按产业链、城市排名，导出 Excel', url: ROUTES.adminEffectiveness },
          ...(province ? [{ text: '产业链管理', hint: '新增、确认、停用、三组长、专业', url: ROUTES.adminChains }] : []),
          // The platform and the two provincial departments open accounts for those below them (decision 072).
          ...(scope && managesAdministrators(scope) ? [{ text: '管理员账号', hint: province ? '新增、重置登录、停用' : '本部门的市级管理员', url: ROUTES.adminAdministrators }] : []),
          { text: '数字地图', url: ROUTES.provinceMap },
          { text: '产业链分析', url: ROUTES.provinceAnalytics },
          { text: '专业产业适配监测', url: ROUTES.provinceFit },
          { text: '年度供需报告', url: ROUTES.provinceReport },
        ]}
      />
      <Text className='section-title'>成员认证申请</Text>
      <StateView
        {...list.stateView}
        empty={list.items.length === 0}
        emptyText='暂无待审核的单位'
        emptyHint='新的认证申请会出现在这里'
      >
        {list.items.map((m) => (
          <ReviewCard key={m.id} membership={m} onDecide={decide} />
        ))}
        <LoadMore list={list} />
      </StateView>
    </View>
  )
}
