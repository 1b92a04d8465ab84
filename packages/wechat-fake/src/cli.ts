// `npm run dev -w @zhilian/wechat-fake`: the fake on a fixed port, for running the BFF against it by hand.
import { startFakeWeChat } from './server'

const port = Number(process.argv[2] ?? 4010)
const appid = process.argv[3] ?? 'wx-dev-appid'
const secret = process.argv[4] ?? 'wx-dev-secret'

const fake = await startFakeWeChat({ appid, secret, port })
console.log(`Fake WeChat API on ${fake.url} (appid ${appid}, secret ${secret})`)
console.log(`Get a login code: curl '${fake.url}/__fake/code?openid=dev-student'`)
const stop = () => void fake.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
