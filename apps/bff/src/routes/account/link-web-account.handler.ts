import { AppError } from '@zhilian/shared'
import { audit } from '../../lib/audit'
import { currentUser, matchPassword, SESSION_USER, sessionAnswer } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { heldData } from '../../privacy/held-data'
import type * as routes from './account.routes'

const conflict = (userMessage: string, internal: string) => new AppError('CONFLICT', { userMessage, internal })
const notWeChatMade = (username: string) =>
  conflict(`当前账号已设置网页登录（账号名 ${username}），本来就是同一个账号，无需关联`, 'caller has a username')
const linkedElsewhere = (username: string) =>
  conflict(`网页账号“${username}”已关联了另一个微信，不能再关联当前微信。请用那个微信登录小程序，或在手机浏览器中用账号名和密码登录`, 'target already has an openid')
const bothHold = (username: string) =>
  conflict(
    `当前微信账号和网页账号“${username}”都已有记录（如简历、投递或报名），两边的记录无法合并，所以不能关联。你可以继续分开使用：小程序用当前账号，手机浏览器用“${username}”；如果只想留下网页账号，可先在“我的”页注销当前微信账号，再用微信重新登录并关联`,
    'both accounts hold data',
  )
const onlyWeChatHolds = (username: string) =>
  conflict(
    `当前微信账号已有记录（如简历、投递或报名），而网页账号“${username}”还没有，关联会让这些记录看不到，所以不能关联。请改用“设置网页登录”为当前账号另设账号名和密码，网页和小程序就是同一个账号了`,
    'the WeChat account holds data, the web account none',
  )
const wechatGone = () => conflict('当前微信账号刚刚已关联到一个网页账号，请重新登录小程序', 'WeChat account retired or linked concurrently')

/**
 * 关联网页账号 (decision 066): a student made through WeChat proves an existing H5 student account with its name and
 * password (the sign-in's own check and failure guard), and the WeChat identity moves to it. Only an empty WeChat
 * account is given up: in one transaction its openid moves to the H5 account, and it is retired (deleted, every
 * session ended) so it never signs in again. Nothing is merged: when the WeChat account holds rows of its own the
 * request is refused and nothing changes. Both conditional updates lock their rows in the same order (the WeChat
 * account, then the H5 one), so two binds racing for either end with exactly one binding.
 */
export const linkWebAccount: AppRouteHandler<typeof routes.linkWebAccount> = async (c) => {
  const { username, password } = c.req.valid('json')
  const { db } = c.var
  const { id: wechatId } = currentUser(c)
  const me = await db.user.findUniqueOrThrow({ where: { id: wechatId }, select: { username: true, openid: true, unionid: true } })
  if (me.username) throw notWeChatMade(me.username)
  if (!me.openid) throw conflict('只有在微信小程序中登录的账号才能关联网页账号', 'caller has no openid')
  const openid = me.openid

  const target = await matchPassword(c, username, password)
  // 400 beside the field, not 401: the caller's own session is fine, and a 401 would sign the app out.
  if (!target) throw new AppError('VALIDATION_FAILED', { userMessage: '账号名或密码不正确', issues: [{ path: 'password', message: '账号名或密码不正确' }] })
  if (target.role !== 'student') throw new AppError('FORBIDDEN', { userMessage: '只能关联学生的网页账号', internal: `target role ${target.role}` })
  if (target.openid) throw linkedElsewhere(username)

  const user = await db.$transaction(async (tx) => {
    const retired = await tx.user.updateMany({
      where: { id: wechatId, openid, username: null, deletedAt: null },
      data: { openid: null, unionid: null, deletedAt: new Date(), tokenVersion: { increment: 1 } },
    })
    if (retired.count === 0) throw wechatGone()
    const bound = await tx.user.updateMany({
      where: { id: target.id, role: 'student', openid: null, deletedAt: null },
      data: { openid, unionid: me.unionid },
    })
    if (bound.count === 0) throw linkedElsewhere(username)
    // Checked under both row locks; a refusal here rolls both updates back.
    const mine = await heldData(tx, wechatId)
    if (mine.length > 0) throw (await heldData(tx, target.id)).length > 0 ? bothHold(username) : onlyWeChatHolds(username)
    await audit(tx, { actorUserId: target.id, action: 'user.wechat.linked', entity: 'User', entityId: target.id, diff: { retiredUserId: wechatId } })
    return tx.user.findUniqueOrThrow({ where: { id: target.id }, select: SESSION_USER })
  })
  return c.json(await sessionAnswer(c, user), 200)
}
