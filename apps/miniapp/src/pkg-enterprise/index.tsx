import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
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
    </View>
  )
}
