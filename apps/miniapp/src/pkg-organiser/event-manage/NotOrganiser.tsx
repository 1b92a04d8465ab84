import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { EventDetail } from '@zhilian/shared/contracts/events'
import { MEMBER_ROLE_LABELS, rolesThatMay } from '@zhilian/shared/rules/org-roles'
import { ROUTES } from '../../routes'
import '../organiser.css'

const RUNNERS = rolesThatMay('cooperation').map((r) => MEMBER_ROLE_LABELS[r]).join('、')

/**
 * 展位与看板 opened by someone who does not organise the event (a link, an old page, decision 101): the BFF refuses the
 * dashboard, so the page says who may see it and where this visitor's own business with the event is, instead of a
 * dashboard error under an empty approval list.
 */
export function NotOrganiser({ event }: { event: EventDetail }) {
  const who = event.organizer ? `主办单位「${event.organizer.name}」的${RUNNERS}` : '活动的创建人'
  return (
    <View className='card'>
      <Text className='organiser__h'>您不是这场活动的主办方</Text>
      <Text className='organiser__line'>展位审核和数据看板只有{who}及主管部门可以查看。</Text>
      <Text className='muted'>活动介绍、议程和已通过的展位可在活动页查看；单位参展请在工作台「参展报名」中报名。</Text>
      <Button className='btn btn--primary btn--block' onClick={() => void Taro.redirectTo({ url: `${ROUTES.eventDetail}?id=${encodeURIComponent(event.id)}` })}>查看活动页</Button>
    </View>
  )
}
