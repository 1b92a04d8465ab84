import pino, { type Logger } from 'pino'
import type { Env } from '../env'

/**
 * For a developer's terminal: one line per entry. A request's fields are already in its message
 * ("GET /api/jobs 200 12ms"), so they are not printed again below it; other fields stay on the same line.
 */
export const PRETTY_OPTIONS = {
  translateTime: 'SYS:HH:MM:ss',
  singleLine: true,
  ignore: 'pid,hostname,requestId,method,path,status,ms',
} as const

/** Pretty lines for a developer's terminal, JSON for production, nothing in tests. */
export function createLogger(env: Pick<Env, 'NODE_ENV' | 'LOG_LEVEL'>): Logger {
  const level = env.LOG_LEVEL
  if (env.NODE_ENV === 'development' && level !== 'silent') {
    return pino({ level, transport: { target: 'pino-pretty', options: PRETTY_OPTIONS } })
  }
  return pino({ level, redact: ['req.headers.authorization', '*.session_key', '*.password', '*.newPassword', '*.currentPassword', '*.temporaryPassword'] })
}
