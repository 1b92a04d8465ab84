/**
 * The fake WeChat server in a process of its own, for benchmarks that kill the dispatcher (a kill -9
 * must not take the server's record of what it received with it). Driven over IPC by its parent:
 * argv: port appid secret templateId openidPrefix count — grants one subscription to each of
 * `<openidPrefix><0..count-1>`; answers { type: 'messages' } with every message received (openid and
 * receipt time) and { type: 'stats' } with the fake's counters; { type: 'grant', openid, count } grants more
 * (answered { type: 'granted' }).
 */
import { startFakeWeChat } from '@zhilian/wechat-fake'

const [port, appid, secret, template, prefix, count] = process.argv.slice(2)
const fake = await startFakeWeChat({ appid: appid!, secret: secret!, templates: [template!], port: Number(port) })
for (let i = 0; i < Number(count); i++) fake.grantSubscription(`${prefix}${i}`, template!, 1)

process.on('message', (msg: { type: string; openid?: string; count?: number }) => {
  if (msg.type === 'grant') {
    fake.grantSubscription(msg.openid!, template!, msg.count!)
    process.send!({ type: 'granted' })
  } else if (msg.type === 'messages') process.send!({ type: 'messages', messages: fake.messages().map((m) => ({ touser: m.touser, at: m.at })) })
  else if (msg.type === 'stats') process.send!({ type: 'stats', stats: fake.stats() })
})
process.on('disconnect', () => void fake.close().then(() => process.exit(0)))
process.send!({ type: 'ready', url: fake.url })
