import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { fetchMe } from '../api/me'
import { getToken } from '../api/token'
import { workbenchesFor } from '../pages/me/workbenches'
import { ROUTES } from '../routes'
import './StateView.css'

/** The signed-in user's first workbench (企业 / 院校 / 管理后台), or 我的, which lists them, when there is none. */
async function backToWorkbench() {
  const me = getToken() ? await fetchMe().catch(() => undefined) : undefined
  const url = me ? workbenchesFor(me)[0]?.url : undefined
  // redirectTo: the broken page leaves the stack, so 返回 does not bring it back.
  if (url) void Taro.redirectTo({ url })
  else void Taro.switchTab({ url: ROUTES.me })
}

/**
 * A page opened without the id it needs (a link cut short when copied or forwarded): says which link is incomplete and
 * leads back to the workbench, where the page is opened with its id. Asking the BFF first only earned a 404's
 * 您访问的地址不存在 with a 重试 that could never succeed.
 */
export function MissingLink({ whose, what }: { whose: string; what: string }) {
  return (
    <View className='state-view' role='alert'>
      <Text className='state-view__text'>链接不完整：没有指明是哪个{whose}的{what}</Text>
      <Text className='state-view__hint'>请回到工作台，从那里重新打开</Text>
      <Button className='btn btn--primary btn--small state-view__retry' onClick={() => void backToWorkbench()}>
        返回工作台
      </Button>
    </View>
  )
}
