export { access, provinceAccess, publicAccess, BEARER } from './access'
export { requireAuth, currentUser, requireVerifiedMember } from './require-auth'
export { issueSessionToken, readSessionToken, SESSION_TTL_SECONDS } from './session'
