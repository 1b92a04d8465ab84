import { View } from '@tarojs/components'
import { LinkRows } from '../components/LinkRows'
import { OrgWorkbench } from '../components/OrgWorkbench'
import { listLink } from '../components/list-link'
import { useOrgPermissions } from '../lib/use-org-permissions'
import { ROUTES } from '../routes'

export default function CollegeWorkbench() {
  const may = useOrgPermissions('college')
  const cooperation = may.has('cooperation')
  return (
    <View>
      <OrgWorkbench kind='college' />
      <LinkRows
        title='清单与对接'
        links={[
          listLink('院校供给清单（附件1）', '', may, ROUTES.collegeSupplyList),
          ...(cooperation
            ? [
                { text: '企业需求匹配', hint: '哪些企业需要我校专业', url: ROUTES.collegeDemandFit },
                { text: '揭榜挂帅', hint: '企业技术难题', url: ROUTES.collegeChallenges },
                { text: '设备预约审批', hint: '企业预约本校开放设备', url: ROUTES.collegeEquipmentBookings },
              ]
            : []),
          { text: '注册新院校', url: `${ROUTES.orgRegister}?kind=college` },
        ]}
      />
      <LinkRows title='合作项目' links={[{ text: '项目台账', hint: '签约、揭榜、设备共享、培训、订单班的里程碑与进展', url: ROUTES.projects }]} />
    </View>
  )
}
