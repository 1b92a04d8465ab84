/**
 * Shop-floor words → catalogue words (data/match_synonyms.csv, loaded by matchSynonyms()): job ads
 * say 行车工, the 大典 says 起重装卸机械操作工. A job text containing `term` also says each of `means`.
 */
import { phraseKey } from './profile'

export interface Synonym { term: string; means: string[] }

/**
 * The synonyms whose term occurs in `text` (a phrase key), longest first; a term found only inside
 * a longer one (车工 in 挡车工) does not count.
 */
export function synonymsIn(text: string, synonyms: readonly Synonym[]): Synonym[] {
  const found: Synonym[] = []
  let rest = text
  for (const s of [...synonyms].sort((a, b) => b.term.length - a.term.length)) {
    const key = phraseKey(s.term)
    if (!rest.includes(key)) continue
    found.push(s)
    rest = rest.split(key).join('|')
  }
  return found
}
