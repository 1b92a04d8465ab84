import { fetchMe } from '../../api/me'
import { useRemote } from '../../lib/use-remote'

/**
 * The signed-in administrator's scope from /api/me: `scope` is null until loaded and for non-administrators, so
 * pages that show parts by scope wait for `loading` to end rather than showing everything for a moment (a 工信厅
 * reviewer must never see the 供给清单 tab, not even while /api/me is on its way).
 */
export function useAdminScope() {
  const me = useRemote(fetchMe)
  return { scope: me.data?.admin ?? null, loading: me.loading, error: me.error, reload: me.reload }
}
