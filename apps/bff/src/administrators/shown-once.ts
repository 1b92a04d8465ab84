import type { AdministratorCreated } from '@zhilian/shared/contracts/administrators'
import { beijingMinute } from '../lib/beijing-time'

/** What `npm run admin:create` prints: the account and its temporary password, this once (never logged elsewhere). */
export function shownOnce({ administrator, signIn }: AdministratorCreated, where: string): string {
  return [
    `已创建管理员 / administrator created in ${where}: ${administrator.displayName}（${administrator.scopeLabel}）`,
    `  账号 username:           ${signIn.username}`,
    `  临时密码 temporary password: ${signIn.temporaryPassword}`,
    `临时密码只显示这一次，北京时间 ${beijingMinute(signIn.expiresAt)} 前有效；首次登录须设置新密码。`,
    `Shown this once; valid until ${signIn.expiresAt}. The first sign-in must set a new password.`,
  ].join('\n')
}
