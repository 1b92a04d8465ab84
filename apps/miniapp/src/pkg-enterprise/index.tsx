import { View } from '@tarojs/components'
import { LinkRows } from '../components/LinkRows'
import { OrgWorkbench } from '../components/OrgWorkbench'
import { ROUTES } from '../routes'

export default function EnterpriseWorkbench() {
  return (
    <View>
      <OrgWorkbench kind='enterprise' />
      <LinkRows
        title='清单填报'
        links={[
          { text: '企业需求清单（附件2）', hint: '分步填写或 Excel 导入', url: ROUTES.enterpriseDemandList },
          { text: '注册新企业', url: `${ROUTES.orgRegister}?kind=enterprise` },
        ]}
      />
    </View>
  )
}
