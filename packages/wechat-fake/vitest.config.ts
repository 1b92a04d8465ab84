import { defineProject } from 'vitest/config'

export default defineProject({ test: { name: 'wechat-fake', include: ['src/**/*.test.ts'] } })
