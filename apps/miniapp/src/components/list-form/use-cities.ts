import { fetchCities, fetchLabels } from '../../api/organizations'
import { useRemote } from '../../lib/use-remote'
import type { Vocab } from './fields'

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
