import pino, { type Logger } from 'pino'
import type { Env } from '../env'

/** Pretty lines for a developer's terminal, JSON for production, nothing in tests. */
export function createLogger(env: Pick<Env, 'NODE_ENV' | 'LOG_LEVEL'>): Logger {
  const level = env.LOG_LEVEL
  if (env.NODE_ENV === 'development' && level !== 'silent') {
    return pino({ level, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } })
  }
  return pino({ level, redact: ['req.headers.authorization', '*.session_key', '*.password'] })
}
