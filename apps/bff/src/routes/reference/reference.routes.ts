import { createRoute } from '@hono/zod-openapi'
import {
  ChainListSchema,
  CityListSchema,
  CollegeOptionListSchema,
  CollegesQuerySchema,
  EnterpriseLabelListSchema,
  MajorListSchema,
  MajorsQuerySchema,
} from '@zhilian/shared/contracts/reference'
import { publicAccess } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

const tags = ['reference']

export const cities = createRoute({
  method: 'get', path: '/cities', tags, summary: "Shandong's 16 cities", ...publicAccess,
  responses: { 200: jsonContent(CityListSchema, 'Cities ordered by adcode') },
})

export const chains = createRoute({
  method: 'get', path: '/chains', tags, summary: 'Industry chains (editable data) with their sourcing status', ...publicAccess,
  responses: { 200: jsonContent(ChainListSchema, 'Active chains in display order') },
})

export const majors = createRoute({
  method: 'get', path: '/majors', tags, summary: 'Catalogue majors, searchable, optionally those tied to one chain', ...publicAccess,
  request: { query: MajorsQuerySchema },
  responses: { 200: jsonContent(MajorListSchema, 'Up to 50 matching majors'), ...problems(400) },
})

export const labels = createRoute({
  method: 'get', path: '/labels', tags, summary: 'Enterprise titles (链主, 专精特新 …)', ...publicAccess,
  responses: { 200: jsonContent(EnterpriseLabelListSchema, 'Labels in display order') },
})

export const colleges = createRoute({
  method: 'get', path: '/colleges', tags, summary: 'Verified colleges by name, for the résumé college picker', ...publicAccess,
  request: { query: CollegesQuerySchema },
  responses: { 200: jsonContent(CollegeOptionListSchema, 'Up to 30 verified colleges, by name'), ...problems(400) },
})
