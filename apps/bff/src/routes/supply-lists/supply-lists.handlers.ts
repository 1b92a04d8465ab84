import type { AppRouteHandler } from '../../lib/types'
import { SUPPLY } from '../../lists/list-kinds'
import * as workflow from '../../lists/list-workflow'
import type * as routes from './supply-lists.routes'

export const mine: AppRouteHandler<typeof routes.mine> = async (c) => c.json(await workflow.getMine(c, SUPPLY), 200)

export const saveSection: AppRouteHandler<typeof routes.saveSection> = async (c) =>
  c.json(await workflow.saveSection(c, SUPPLY, c.req.valid('param').section, c.req.valid('json')), 200)

export const submit: AppRouteHandler<typeof routes.submit> = async (c) => c.json(await workflow.submit(c, SUPPLY), 200)

export const versions: AppRouteHandler<typeof routes.versions> = async (c) => c.json(await workflow.versions(c, SUPPLY), 200)
