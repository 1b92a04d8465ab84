export { access, provinceAccess, publicAccess, tokenAccess, BEARER } from './access'
export { requireAuth, currentUser, requireVerifiedMember, sessionOf } from './require-auth'
export { principalOf, SessionUserSchema, type SessionUser } from './principal'
export { issueSessionToken, readSessionToken, SESSION_TTL_SECONDS } from './session'
