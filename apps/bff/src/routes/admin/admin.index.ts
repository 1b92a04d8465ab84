import { createRouter } from '../../lib/create-app'
import * as chainAdmin from './chain-admin.handlers'
import { verifyLabel } from './labels.handlers'
import * as labelRoutes from './labels.routes'
import * as chains from './chains.handlers'
import * as memberships from './memberships.handlers'
import { resetOwnerSignIn } from './owner-reset.handler'
import * as ownerResetRoutes from './owner-reset.routes'
import * as routes from './admin.routes'
import * as chainRoutes from './chains.routes'
import * as suspension from './suspension.handlers'
import * as suspensionRoutes from './suspension.routes'
import * as trusted from './trusted.handlers'
import * as trustedRoutes from './trusted.routes'

export default createRouter()
  .openapi(routes.listMemberships, memberships.listMemberships)
  .openapi(routes.verifyMembership, memberships.verifyMembership)
  .openapi(chainRoutes.listChains, chainAdmin.listChains)
  .openapi(chainRoutes.createChain, chainAdmin.createChain)
  .openapi(chainRoutes.getChain, chainAdmin.getChain)
  .openapi(routes.patchChain, chains.patchChain)
  .openapi(routes.putChainMajors, chains.putChainMajors)
  .openapi(chainRoutes.confirmChain, chainAdmin.confirmChain)
  .openapi(chainRoutes.retireChain, chainAdmin.retireChain)
  .openapi(chainRoutes.restoreChain, chainAdmin.restoreChain)
  .openapi(chainRoutes.putChainProfile, chainAdmin.putChainProfile)
  .openapi(trustedRoutes.getOrg, trusted.getOrg)
  .openapi(trustedRoutes.setTrusted, trusted.setTrusted)
  .openapi(labelRoutes.verifyLabel, verifyLabel)
  .openapi(ownerResetRoutes.resetOwnerSignIn, resetOwnerSignIn)
  .openapi(suspensionRoutes.suspendOrg, suspension.suspendOrg)
  .openapi(suspensionRoutes.restoreOrg, suspension.restoreOrg)
