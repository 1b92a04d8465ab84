import { fetchMe } from '../../api/me'
import { useRemote } from '../../lib/use-remote'

/** The signed-in administrator's scope from /api/me (null until loaded, and for non-administrators). */
export function useAdminScope() {
  const me = useRemote(fetchMe)
  return me.data?.admin ?? null
}
