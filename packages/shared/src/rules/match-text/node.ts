/** The text index over the shipped reference data, built once per process (Node only: reads files). */
import { majorProfiles, matchSynonyms, occupations } from '../../reference'
import { buildMatchTextIndex, type MatchTextIndex } from './rank'

let cached: MatchTextIndex | undefined
export function matchTextIndex(): MatchTextIndex {
  cached ??= buildMatchTextIndex({ profiles: majorProfiles(), synonyms: matchSynonyms(), occupations: occupations() })
  return cached
}
