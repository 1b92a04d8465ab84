export { startFakeWeChat, type FakeWeChat, type FakeWeChatOptions, type FakeWeChatStats } from './server'
export type { SentMessage } from './subscriptions'
