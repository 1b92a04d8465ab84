// The worker thread's entry: plain JavaScript, because a worker does not inherit the server's TypeScript loader;
// it loads tsx's loader for itself, then the parser (parse-worker.ts).
import { tsImport } from 'tsx/esm/api'

await tsImport('./parse-worker.ts', import.meta.url)
