import type { AppRouteHandler } from '../../lib/types'
import { DEMAND } from '../../lists/list-kinds'
import * as workflow from '../../lists/list-workflow'
import type * as routes from './demand-lists.routes'

export const mine: AppRouteHandler<typeof routes.mine> = async (c) => c.json(await workflow.getMine(c, DEMAND), 200)

export const saveSection: AppRouteHandler<typeof routes.saveSection> = async (c) =>
  c.json(await workflow.saveSection(c, DEMAND, c.req.valid('param').section, c.req.valid('json')), 200)

export const submit: AppRouteHandler<typeof routes.submit> = async (c) => c.json(await workflow.submit(c, DEMAND, c.req.valid('json') ?? {}), 200)

export const jobPlan: AppRouteHandler<typeof routes.jobPlan> = async (c) => c.json(await workflow.previewJobs(c), 200)

export const versions: AppRouteHandler<typeof routes.versions> = async (c) => c.json(await workflow.versions(c, DEMAND), 200)
