import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { LinkRows } from '../components/LinkRows'
import { OrgWorkbench } from '../components/OrgWorkbench'
import { ROUTES } from '../routes'
import '../components/jobs-ui.css'

export default function EnterpriseWorkbench() {
  return (
    <View>
      <View className='card nav-link' onClick={() => void Taro.navigateTo({ url: ROUTES.enterpriseJobs })}>
        <Text>我的岗位与应聘者</Text>
        <Text className='muted'>›</Text>
      </View>
      <OrgWorkbench kind='enterprise' />
      {/* The same shape as the college's 清单与对接: the list form first, registering another organisation last. */}
      <LinkRows
        title='需求清单'
        links={[
          { text: '企业需求清单（附件2）', hint: '岗位、培训、难题、设备需求；分步填写或 Excel 导入', url: ROUTES.enterpriseDemandList },
          { text: '注册新企业', url: `${ROUTES.orgRegister}?kind=enterprise` },
        ]}
      />
      <LinkRows
        title='产教对接'
        links={[
          { text: '院校匹配', hint: '岗位、培训、难题、设备需求的推荐院校', url: ROUTES.enterpriseMatches },
          { text: '共享设备', hint: '预约院校开放的仪器设备', url: ROUTES.enterpriseEquipment },
        ]}
      />
      <LinkRows
        title='双选会与对接活动'
        links={[{ text: '参展报名与我的展位', hint: '申请展位、选择展出岗位、开放面试时段、现场扫码记录到访', url: ROUTES.enterpriseFairs }]}
      />
    </View>
  )
}
