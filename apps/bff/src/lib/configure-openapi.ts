import { swaggerUI } from '@hono/swagger-ui'
import pkg from '../../package.json' with { type: 'json' }
import { BEARER } from './auth'
import { SWAGGER_ASSET_BASE, swaggerAsset } from './swagger-assets'
import type { createRouter } from './create-app'

/** The OpenAPI 3.1 document, generated from the routes' zod schemas, and Swagger UI to browse it. */
export function configureOpenApi(app: ReturnType<typeof createRouter>) {
  app.openAPIRegistry.registerComponent('securitySchemes', BEARER, {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'The token from POST /api/auth/wechat, /password or /demo (valid 7 days; logout revokes it)',
  })
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: '职链齐鲁 API',
      version: pkg.version,
      description: 'Backend-for-frontend of the 职链齐鲁 mini-program. Failures answer application/problem+json.',
    },
  })
  // baseUrl points the page at our own copy of the assets (…/swagger-ui-dist/swagger-ui.css) instead of a CDN.
  app.get('/api/docs', swaggerUI({ url: '/api/openapi.json', baseUrl: SWAGGER_ASSET_BASE, title: '职链齐鲁 API' }))
  app.get(`${SWAGGER_ASSET_BASE}/swagger-ui-dist/:file`, swaggerAsset)
}
