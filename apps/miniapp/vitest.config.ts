import { miniappProject } from './vitest.project'

// The mini-program's tests, one module graph and one jsdom per worker; the few files that cannot share are the
// `miniapp-isolated` project (vitest.isolated.config.ts). Run both with `npx vitest run --project 'miniapp*'`.
export default miniappProject({ isolated: false })
