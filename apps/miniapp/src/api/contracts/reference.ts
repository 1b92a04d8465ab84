import { z } from 'zod'

/** status comes from industry_chains.csv: confirmed_* for the 11 official chains, candidate_* for the rest. */
export const ChainSchema = z.object({ id: z.string(), name: z.string(), status: z.string() })
export type Chain = z.infer<typeof ChainSchema>

export const ChainListSchema = z
  .union([z.array(ChainSchema), z.object({ items: z.array(ChainSchema) })])
  .transform((value) => (Array.isArray(value) ? value : value.items))
