import { buildChainMajorMap } from '@zhilian/shared/rules/chain-majors'
import { fetchCities, fetchLabels } from '../../api/organizations'
import { fetchChains } from '../../api/reference'
import { useRemote } from '../../lib/use-remote'
import type { ChainOptions, Vocab } from './fields'

/** Shandong's cities as a choice list (adcode → name) for the job and organisation forms. */
export function useCityVocab(): { vocab: Vocab; loading: boolean; error?: string; reload: () => Promise<void> } {
  const cities = useRemote(fetchCities)
  const labels = Object.fromEntries((cities.data ?? []).map((c) => [c.adcode, c.name]))
  return { vocab: { labels }, loading: cities.loading, error: cities.error, reload: cities.reload }
}

/** 链主企业、专精特新… as a multi-choice list (label id → name). */
export function useLabelVocab(): Vocab {
  const labels = useRemote(fetchLabels)
  return { labels: Object.fromEntries((labels.data ?? []).map((l) => [l.id, l.name])) }
}

/** Active chains and their chain–major map, for the 服务产业链 chips of 附件1's rows. */
export function useChainOptions(): ChainOptions {
  const chains = useRemote(fetchChains)
  const items = chains.data ?? []
  return {
    labels: Object.fromEntries(items.map((c) => [c.id, c.name])),
    // Relevance does not matter for a default: any link means the major serves the chain.
    map: buildChainMajorMap(items.flatMap((c) => c.majorCodes.map((majorCode) => ({ chainId: c.id, majorCode, relevance: 'core' as const })))),
  }
}
