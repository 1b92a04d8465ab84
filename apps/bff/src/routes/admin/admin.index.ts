import { createRouter } from '../../lib/create-app'
import * as chains from './chains.handlers'
import * as memberships from './memberships.handlers'
import * as routes from './admin.routes'

export default createRouter()
  .openapi(routes.listMemberships, memberships.listMemberships)
  .openapi(routes.verifyMembership, memberships.verifyMembership)
  .openapi(routes.patchChain, chains.patchChain)
  .openapi(routes.putChainMajors, chains.putChainMajors)
