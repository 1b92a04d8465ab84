import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { UNIT_KINDS, UNIT_PAGES, unitWorkbenchTitle, type UnitPage } from '@zhilian/shared/rules/org-kinds'
import { useEffect } from 'react'
import { fetchMe } from '../api/me'
import { LinkRows } from '../components/LinkRows'
import { OrgWorkbench } from '../components/OrgWorkbench'
import { listLink } from '../components/list-link'
import { useOrgPermissions } from '../lib/use-org-permissions'
import { useRemote } from '../lib/use-remote'
import { ROUTES } from '../routes'
import '../styles/kit/page.css'

/**
 * The pages the caller's organisations fit (decision 022); everything until /api/me answers or with no membership yet.
 * The title bar names the caller's kind of unit once /api/me answers: its fixed title said 企业工作台 to a research
 * institute (decision 084).
 */
function usePages(): Set<UnitPage> {
  const me = useRemote(fetchMe)
  const memberships = me.data?.memberships
  useEffect(() => {
    if (memberships) void Taro.setNavigationBarTitle({ title: unitWorkbenchTitle(memberships.map((m) => m.org.kind)) })
  }, [memberships])
  const kinds = UNIT_KINDS.filter((k) => memberships?.some((m) => m.org.kind === k))
  return new Set(kinds.length ? kinds.flatMap((k) => UNIT_PAGES[k]) : UNIT_PAGES.enterprise)
}

export default function EnterpriseWorkbench() {
  const pages = usePages()
  const may = useOrgPermissions('unit')
  const matching = !may.has('cooperation') ? [] : [
    ...(pages.has('matches') ? [{ text: '院校匹配', hint: '岗位、培训、难题、设备需求的推荐院校', url: ROUTES.enterpriseMatches }] : []),
    ...(pages.has('equipment') ? [{ text: '共享设备', hint: '预约院校开放的仪器设备', url: ROUTES.enterpriseEquipment }] : []),
  ]
  return (
    <View>
      {pages.has('jobs') && (may.has('jobs') || may.has('applicants')) && (
        <View role='button' className='card nav-link' onClick={() => void Taro.navigateTo({ url: ROUTES.enterpriseJobs })}>
          <Text>我的岗位与应聘者</Text>
          <Text className='muted'>›</Text>
        </View>
      )}
      <OrgWorkbench kind='enterprise' />
      {/* The same shape as the college's 清单与对接: the list form first, registering another organisation last. */}
      {/* Only an enterprise has 附件2: for another kind the heading names the one link left (decision 084). */}
      <LinkRows
        title={pages.has('demand_list') ? '需求清单' : '单位入驻'}
        links={[
          ...(pages.has('demand_list') && may.has('view') ? [listLink('企业需求清单（附件2）', '岗位、培训、难题、设备需求', may, ROUTES.enterpriseDemandList)] : []),
          // A 科研院所, 行业组织 or 服务机构 registers here too, choosing its kind on the page (decision 079).
          { text: '注册新单位', hint: '企业、科研院所、行业组织或服务机构', url: `${ROUTES.orgRegister}?kind=enterprise` },
        ]}
      />
      {matching.length > 0 && <LinkRows title='产教对接' links={matching} />}
      {pages.has('organise_events') && may.has('cooperation') && (
        <LinkRows title='组织活动' links={[{ text: '活动管理', hint: '发起双选会、对接会，审批展位，现场签到', url: ROUTES.organiserEvents }]} />
      )}
      <LinkRows title='合作项目' links={[{ text: '项目台账', hint: '签约、揭榜、设备共享、培训、订单班的里程碑与进展', url: ROUTES.projects }]} />
      {may.has('jobs') && (
        <LinkRows
          title='双选会与对接活动'
          links={[{ text: '参展报名与我的展位', hint: '申请展位、选择展出岗位、开放面试时段、现场扫码记录到访', url: ROUTES.enterpriseFairs }]}
        />
      )}
    </View>
  )
}
