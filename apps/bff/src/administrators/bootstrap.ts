import { parseArgs } from 'node:util'
import { AppError } from '@zhilian/shared'
import { CreateAdministratorBodySchema, type AdministratorCreated, type AdministratorScopeInput } from '@zhilian/shared/contracts/administrators'
import { PROVINCE_SCOPE } from '@zhilian/shared/rules/admin-scope'
import type { Db } from '../lib/types'
import { createAdministrator } from './create'

/**
 * `npm run admin:create` (decision 072): the first platform administrator of a fresh production database, which has
 * no one yet to create it through the API, and a way back in should every platform administrator be disabled or
 * locked out. It acts as the platform (whoever runs it can already write the database); everything else is the
 * API's own path (createAdministrator).
 */
const USAGE = [
  '用法 / usage: npm run admin:create -- --username <账号名> --display-name <姓名> [--scope <范围>]',
  '  <范围> scope: platform（省级管理员，默认 default）| edu（省教育厅）| industry（省工信厅）',
  '              | edu:<城市代码>（市教育局，如 edu:370300）| industry:<城市代码>（市工信局）',
  '              | grouping:<联合体/园区的编号或名称>',
  '  账号名 4–32 位小写字母、数字或下划线，不能以 demo_ 开头。',
].join('\n')

/** Bad flags: the caller prints the message and USAGE. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface BootstrapArgs { username: string; displayName: string; scope: string }

/** The flags, checked before any database is opened. */
export function parseBootstrapArgs(argv: string[]): BootstrapArgs {
  let values: { username?: string; 'display-name'?: string; scope?: string }
  try {
    ;({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { username: { type: 'string' }, 'display-name': { type: 'string' }, scope: { type: 'string' } } }))
  } catch (error) {
    throw new UsageError(`参数有误 / bad arguments: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!values.username || !values['display-name']) throw new UsageError('缺少 --username 或 --display-name / both --username and --display-name are required')
  return { username: values.username, displayName: values['display-name'], scope: values.scope ?? 'platform' }
}

/** `platform`, `edu`, `industry:370300`, `grouping:<id or name>` as the API's scope; a grouping is looked up by id, then name. */
async function scopeFromFlag(db: Db, flag: string): Promise<AdministratorScopeInput> {
  const [kind, value] = [flag.split(':')[0]!, flag.includes(':') ? flag.slice(flag.indexOf(':') + 1).trim() : undefined]
  if (kind === 'platform' && value === undefined) return { department: 'all' }
  if ((kind === 'edu' || kind === 'industry') && value !== '') return { department: kind, cityCode: value ?? null }
  if (kind === 'grouping' && value) {
    const found = await db.grouping.findFirst({ where: { OR: [{ id: value }, { name: value }] }, select: { id: true } })
    if (!found) throw new UsageError(`没有编号或名称为“${value}”的联合体或园区 / no consortium or park "${value}"`)
    return { department: 'grouping', groupingId: found.id }
  }
  throw new UsageError(`不认识的范围 / unknown scope: ${flag}`)
}

/** Creates the administrator the flags describe; refusals are UsageError (flags) or AppError (its Chinese message). */
export async function bootstrapAdministrator(db: Db, args: BootstrapArgs): Promise<AdministratorCreated> {
  const parsed = CreateAdministratorBodySchema.safeParse({ username: args.username, displayName: args.displayName, scope: await scopeFromFlag(db, args.scope) })
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('；'))
  return createAdministrator(db, parsed.data, { userId: null, scope: PROVINCE_SCOPE })
}

/** The refusal as the command prints it. */
export function refusalText(error: unknown): string | undefined {
  if (error instanceof UsageError) return `${error.message}\n${USAGE}`
  if (error instanceof AppError) return error.userMessage
  return undefined
}
