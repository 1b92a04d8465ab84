import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { ChainPatchBodySchema } from './admin'
import { EventUpdateSchema } from './events'
import { EnterpriseJobPatchSchema } from './jobs'
import { OrgPatchBodySchema } from './organizations'

/**
 * Decision 097: a patch changes what it names and nothing else. Zod applies a field's default inside `.partial()`, so
 * a default in a patch body turns every patch that leaves the field out into "set it to the default" (an event's
 * chains and a unit's 企业称号 were emptied so).
 */
const PATCHES: [string, z.ZodType, object][] = [
  ['OrgPatchBodySchema', OrgPatchBodySchema, { contactName: '张三' }],
  ['EventUpdateSchema', EventUpdateSchema, { title: '改名后的双选会' }],
  ['EnterpriseJobPatchSchema', EnterpriseJobPatchSchema, { title: '数控车工' }],
  ['ChainPatchBodySchema', ChainPatchBodySchema, { name: '高端装备' }],
]

describe('patch bodies', () => {
  it.each(PATCHES)('%s answers only the fields it was sent', (_name, schema, body) => {
    expect(schema.parse(body)).toEqual(body)
  })
})
