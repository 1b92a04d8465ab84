import { miniappProject } from './vitest.project'

// The mini-program files that need a module graph of their own (NEEDS_ISOLATION in vitest.project.ts).
export default miniappProject({ isolated: true })
