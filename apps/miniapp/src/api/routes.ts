import type { AppType } from '@zhilian/bff'
import type { ExtractSchema } from 'hono/types'

/**
 * The BFF's routes as the type checker sees them (a type-only import: no BFF code reaches the bundle).
 * `call()` takes a path and verb from here, so renaming or removing a route, a path parameter, a query
 * key or a body field breaks the type check of every wrapper that uses it.
 */
type Routes = ExtractSchema<AppType>

export type ApiPath = keyof Routes & string
type Verb = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** The verbs a path answers, e.g. 'get' | 'put'. */
export type VerbOf<P extends ApiPath> = P extends ApiPath
  ? { [K in keyof Routes[P]]: K extends `$${infer V}` ? (V extends Verb ? V : never) : never }[keyof Routes[P]]
  : never

type InputOf<P extends ApiPath, V extends VerbOf<P>> = Routes[P][`$${V}` & keyof Routes[P]] extends { input: infer I } ? I : object

type Scalar = string | number | boolean | null | undefined

/** Path parameters by name; values are encoded by `call()`. */
type ParamPart<I> = I extends { param: infer X } ? { param: { [K in keyof X]-?: string | number } } : { param?: never }
/**
 * Query keys are checked against the route; values are loose because the route declares what arrives
 * (strings, coerced on the server) while callers hold numbers and booleans.
 */
type QueryPart<I> = I extends { query: infer Q } ? { query?: { [K in keyof Q]?: Scalar } } : { query?: never }
/** The JSON body, typed as the route's schema accepts it. */
type BodyPart<I> = 'json' extends keyof I ? { body: NonNullable<I['json' & keyof I]> } : { body?: never }

export type CallInput<P extends ApiPath, V extends VerbOf<P>> = ParamPart<InputOf<P, V>> & QueryPart<InputOf<P, V>> & BodyPart<InputOf<P, V>>

/** `/api/jobs/:id` with `{ id: 'a b' }` → `/api/jobs/a%20b`. */
export function fillPath(path: string, param: Record<string, string | number> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, (_match, name: string) => {
    const value = param?.[name]
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`)
    return encodeURIComponent(String(value))
  })
}
