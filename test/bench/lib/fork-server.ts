import { fork } from 'node:child_process'

export interface ForkedServer { port: number; pid: number; stop(): void }

/** Runs a benchmark's helper server (a script that sends `{ port }` once listening) in a process of its own. */
export async function forkServer(script: URL, args: string[]): Promise<ForkedServer> {
  const child = fork(script, args, { execArgv: ['--import', 'tsx'] })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port))
    child.once('exit', (code) => reject(new Error(`${script.pathname} exited with ${code}`)))
  })
  return { port, pid: child.pid!, stop: () => void child.kill() }
}
