import Taro from '@tarojs/taro'
import { errorMessage } from '../../api/api-error'
import { loginAsDemo } from '../../api/auth'

/**
 * 以学生身份体验 on 首页, loaded when tapped (VisitorCard): the auth contracts (zod) and Taro's toast UI are not
 * part of the first view (decision 025). True when signed in; a failure is shown as a toast.
 */
export async function signInAsDemo(username: string): Promise<boolean> {
  try {
    await loginAsDemo(username)
    return true
  } catch (e) {
    void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    return false
  }
}
