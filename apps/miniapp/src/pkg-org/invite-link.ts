import { ROUTES } from '../routes'

/** The page an invitation opens, code included: the WeChat share card's path and, on H5, the copyable link. */
export const joinPath = (code: string) => `${ROUTES.orgJoin}?code=${encodeURIComponent(code)}`

/** H5 uses the hash router: the link is this site's address with the join page after the hash. */
export function joinLink(code: string): string {
  if (typeof window === 'undefined' || !window.location) return joinPath(code)
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${joinPath(code)}`
}
