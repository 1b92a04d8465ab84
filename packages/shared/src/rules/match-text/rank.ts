/**
 * Which majors fit a job, read from the job's text: BM25F of the job's words over the catalogue
 * profiles, whole catalogue phrases (occupations, posts) found in the job, occupation codes, and the
 * chain and the enterprise's named majors as further signals — none of them a gate. Pure: the
 * caller builds the index once from the reference data (node.ts does it for Node callers).
 * Weights and how they were chosen: docs/decisions/018-text-matching.md.
 */
import { RELEVANCE_LABELS, relevanceOf, type ChainMajorMap, type MajorRelevance } from '../chain-majors'
import type { TextFit } from '../match'
import { round1 } from '../rank'
import type { EducationKey } from '../vocab-keys'
import type { MajorProfileRef } from '../../reference/profiles'
import type { MajorLevel } from '../../reference/vocab'
import { buildBm25f, scoreBm25f, termContribution, type Bm25fIndex, type Bm25fParams } from './bm25f'
import { explain, type Evidence, type JobPart } from './explain'
import { buildProfile, classOf, classPhrases, occupationFamilies, phraseKey, writtenSpan, type MajorTextProfile, type Phrase } from './profile'
import { coveredSpans, terms, type TermOptions } from './segment'
import { synonymsIn, type Synonym } from './synonyms'


export interface JobForText {
  title: string
  skills?: readonly string[]
  description?: string
  chainId?: string | null
  chainName?: string
  /** Majors the enterprise named. */
  majorCodes?: readonly string[]
  /** An Education key, or the posting's own words (不限/中专/大专/本科). */
  education?: EducationKey | '不限' | '中专' | '大专' | '本科' | null
}

const EDUCATION_WORDS: Record<string, EducationKey> = { 不限: 'none', 中专: 'secondary_vocational', 大专: 'associate', 本科: 'bachelor' }

/** Points out of 100. `text` is BM25F relative to the best candidate; the rest are 0..1 credits. */
export const TEXT_WEIGHTS = { text: 30, phrase: 15, cont: 20, chain: 15, named: 12, level: 16 } as const
export type TextWeights = { [K in keyof typeof TEXT_WEIGHTS]: number }

/** How much a job part counts in the query: the title says most about the post. */
const PART_WEIGHT: Readonly<Record<JobPart, number>> = { title: 3, skills: 2, description: 1 }
/**
 * What a shop-floor synonym's catalogue words weigh against the job's own words (query terms and phrase credit).
 * 0.5 since decision 075 (was 0.8): a broad synonym (装配工 → 装配钳工, DCS → 化工总控工) outweighed the title's own
 * domain word (机器人本体装配工, 发酵中控员); chosen on the dev split (0.3–0.8 grid).
 */
const SYNONYM_SHARE = 0.5
const TEXT_FLOOR = 0.15
const CHAIN_CREDIT: Record<MajorRelevance, number> = { core: 1, core_secondary_vocational: 0.8, supporting: 0.5 }
/** Phrase credit by where the phrase was found; an exact title match is the strongest evidence there is. */
const PHRASE_CREDIT = { exactTitle: 1, title: 0.85, skills: 0.6, description: 0.45 } as const
/** Shorter catalogue phrases ("电工", "护理") occur inside unrelated words; they count only as a whole title. */
const MIN_PHRASE_IN_TEXT = 3
/**
 * Level fit by the job's education: which catalogue level trains for it. A 职业本科 major for a 中专 or 不限 post is
 * two levels over the post (0.1 / 0.3 since decision 075, were 0.3 / 0.8): still a candidate, ranked below the
 * 中职 and 高职 lines it continues.
 */
const LEVEL_FIT: Record<EducationKey, Record<MajorLevel, number>> = {
  none: { 中职: 1, 高职专科: 1, 职业本科: 0.3 },
  secondary_vocational: { 中职: 1, 高职专科: 0.9, 职业本科: 0.1 },
  high_school: { 中职: 1, 高职专科: 0.9, 职业本科: 0.1 },
  associate: { 中职: 0, 高职专科: 1, 职业本科: 0.8 },
  bachelor: { 中职: 0, 高职专科: 0.5, 职业本科: 1 },
  master: { 中职: 0, 高职专科: 0.3, 职业本科: 1 },
}

export interface MatchTextIndex {
  profiles: MajorTextProfile[]
  byCode: Map<string, number>
  /** 接续专业 both ways (中职 ↔ 高职专科 ↔ 职业本科): doc → linked docs. */
  links: Map<number, number[]>
  bm25: Bm25fIndex
  /** Phrase key → the majors' phrases with that key. */
  phrases: Map<string, { doc: number; phrase: Phrase }[]>
  maxPhraseLength: number
  synonyms: readonly Synonym[]
  termOptions: TermOptions
}

export function buildMatchTextIndex(input: {
  profiles: readonly MajorProfileRef[]
  synonyms?: readonly Synonym[]
  /** The 大典 occupation list: when given, each major also indexes the 小类 siblings of its occupations (decision 037). */
  occupations?: readonly { code: string; name: string }[]
  termOptions?: TermOptions
  bm25?: Bm25fParams
}): MatchTextIndex {
  const termOptions = input.termOptions ?? {}
  const shared = classPhrases(input.profiles)
  const families = input.occupations ? occupationFamilies(input.profiles, input.occupations) : undefined
  const profiles = input.profiles.map((p) => buildProfile(p, termOptions, shared.get(classOf(p)), families?.get(p.code)))
  const byCode = new Map(profiles.map((p, i) => [p.code, i]))
  const links = new Map<number, number[]>()
  const link = (a: number, b: number) => { if (!links.get(a)?.includes(b)) links.set(a, [...(links.get(a) ?? []), b]) }
  input.profiles.forEach((p, doc) => {
    for (const c of p.continuingMajors) {
      const other = byCode.get(c)
      if (other !== undefined) { link(doc, other); link(other, doc) }
    }
  })
  const phrases = new Map<string, { doc: number; phrase: Phrase }[]>()
  profiles.forEach((p, doc) => {
    for (const phrase of p.phrases) {
      if (phrase.field === 'courses' || phrase.field === 'competences') continue
      const list = phrases.get(phrase.key) ?? []
      list.push({ doc, phrase })
      phrases.set(phrase.key, list)
    }
  })
  return {
    profiles,
    byCode,
    links,
    bm25: buildBm25f(profiles, input.bm25),
    phrases,
    maxPhraseLength: Math.max(2, ...[...phrases.keys()].map((k) => k.length)),
    synonyms: input.synonyms ?? [],
    termOptions,
  }
}

export interface RankedMajor {
  majorCode: string
  name: string
  level: MajorLevel
  /** 0..100. */
  score: number
  parts: { text: number; phrase: number; cont: number; chain: number; named: number; level: number }
  evidence: Evidence[]
  reasons: string[]
}

export interface RankOptions {
  chainMajors?: ChainMajorMap
  /** Graduates + students per major (the province's supply): the first tie-break. */
  supplyByMajor?: ReadonlyMap<string, number>
  /** Km from the job to the nearest college offering the major: the second tie-break (nearer first; unknown last). */
  nearestKmByMajor?: ReadonlyMap<string, number>
  limit?: number
  weights?: TextWeights
  /** How much each job part counts in the query (PART_WEIGHT unless tuning). */
  partWeights?: Readonly<Record<JobPart, number>>
  /** Majors to consider (e.g. the ones a college offers); all when absent. */
  only?: ReadonlySet<string>
}

interface PartText { part: JobPart; text: string; key: string }

function jobParts(job: JobForText): PartText[] {
  const raw: [JobPart, string][] = [['title', job.title], ...(job.skills ?? []).map((s): [JobPart, string] => ['skills', s]), ['description', job.description ?? '']]
  return raw.filter(([, t]) => t.trim()).map(([part, text]) => ({ part, text: text.trim(), key: phraseKey(text) }))
}

/** The weighted query: each part's terms, plus the catalogue words its shop-floor synonyms stand for. */
function buildQuery(parts: readonly PartText[], index: MatchTextIndex, partWeights: Readonly<Record<JobPart, number>>) {
  const query = new Map<string, number>()
  const add = (t: string, w: number) => query.set(t, (query.get(t) ?? 0) + w)
  const synonyms: { part: PartText; syn: Synonym }[] = []
  for (const p of parts) {
    const w = partWeights[p.part]
    for (const t of terms(p.text, index.termOptions)) add(t, w)
    for (const syn of synonymsIn(p.key, index.synonyms)) {
      synonyms.push({ part: p, syn })
      for (const m of syn.means) for (const t of terms(m, index.termOptions)) add(t, w * SYNONYM_SHARE)
    }
  }
  return { query, synonyms }
}

/**
 * A phrase many majors share (电工: 36 majors, 农艺工: 44) says less about which of them fits than
 * one only two majors name: the credit falls with the log of how many majors name it, like an idf.
 */
const RARITY_FLOOR = 0.4
function phraseRarity(owners: number, majors: number): number {
  if (owners <= 2) return 1
  return Math.max(RARITY_FLOOR, 1 - Math.log(owners / 2) / Math.log(majors / 2))
}

type PhraseHit = { doc: number; credit: number; evidence: Extract<Evidence, { kind: 'phrase' }> }

/** Whole catalogue phrases found in the job's parts (substrings looked up, not phrases scanned). */
function phraseHits(parts: readonly PartText[], synonyms: readonly { part: PartText; syn: Synonym }[], index: MatchTextIndex): PhraseHit[] {
  const hits: PhraseHit[] = []
  const look = (part: PartText, text: string, via?: string) => {
    for (let i = 0; i < text.length; i++) {
      for (let len = 2; len <= index.maxPhraseLength && i + len <= text.length; len++) {
        const key = text.slice(i, i + len)
        const exact = part.part === 'title' && len === text.length && (!via || phraseKey(via) === part.key)
        if (!exact && len < MIN_PHRASE_IN_TEXT) continue
        const owners = index.phrases.get(key) ?? []
        const rarity = phraseRarity(owners.length, index.profiles.length)
        for (const { doc, phrase } of owners) {
          const credit = (exact ? PHRASE_CREDIT.exactTitle : PHRASE_CREDIT[part.part]) * (via ? SYNONYM_SHARE : 1) * rarity
          hits.push({ doc, credit, evidence: { kind: 'phrase', part: part.part, jobText: via ?? (part.part === 'title' ? part.text : phrase.text), phrase, exact, ...(via ? { via } : {}) } })
        }
      }
    }
  }
  for (const p of parts) look(p, p.key)
  for (const { part, syn } of synonyms) for (const m of syn.means) look(part, phraseKey(m), syn.term)
  return hits
}

/** The catalogue phrases of a major the job's words hit most, with the words quoted (at most three). */
function termEvidence(index: MatchTextIndex, doc: number, query: ReadonlyMap<string, number>, already: ReadonlySet<string>): Evidence[] {
  const hit = [...query].filter(([t, qw]) => termContribution(index.bm25, t, qw, doc) > 0).map(([t]) => t)
  return index.profiles[doc]!.phrases
    .filter((ph) => !already.has(ph.key))
    .map((phrase) => ({ phrase, spans: coveredSpans(phrase.key, hit) }))
    .map((x) => ({ ...x, covered: x.spans.reduce((s, [a, b]) => s + b - a, 0) }))
    .filter((x) => x.covered >= 2)
    .sort((a, b) => b.covered - a.covered)
    .slice(0, 3)
    .map(({ phrase, spans }): Evidence => ({ kind: 'terms', words: spans.map(writtenSpan(phrase.text, phrase.key)), phrase }))
}

/**
 * Majors for one job, best first. Candidates: every major the text reaches, the enterprise's named
 * majors and the chain's majors. Ties: more supply first, then the nearer supply, then a better
 * level fit, then the code (only so that equal inputs give equal output).
 */
export function rankMajors(job: JobForText, index: MatchTextIndex, opts: RankOptions = {}): RankedMajor[] {
  const W = opts.weights ?? TEXT_WEIGHTS
  const parts = jobParts(job)
  const { query, synonyms } = buildQuery(parts, index, opts.partWeights ?? PART_WEIGHT)
  const bm = scoreBm25f(index.bm25, query)
  const hits = phraseHits(parts, synonyms, index)
  const codesInText = new Set(parts.flatMap((p) => p.text.match(/\d-\d{2}-\d{2}-\d{2}/g) ?? []))

  // Text candidates: a major whose BM25F is a small share of the best would earn under
  // TEXT_FLOOR × W.text points of text; it stays a candidate only through another signal.
  let bmTop = 0
  for (const s of bm) if (s > bmTop) bmTop = s
  const candidates = new Set<number>()
  bm.forEach((s, doc) => s > 0 && s >= TEXT_FLOOR * bmTop && candidates.add(doc))
  for (const h of hits) candidates.add(h.doc)
  for (const c of job.majorCodes ?? []) if (index.byCode.has(c)) candidates.add(index.byCode.get(c)!)
  if (job.chainId && opts.chainMajors) for (const c of Object.keys(opts.chainMajors[job.chainId] ?? {})) if (index.byCode.has(c)) candidates.add(index.byCode.get(c)!)
  const codeHits = new Map<number, Evidence[]>()
  if (codesInText.size) {
    index.profiles.forEach((p, doc) => {
      const ev = p.phrases.filter((ph) => ph.occupationCode && codesInText.has(ph.occupationCode)).map((phrase): Evidence => ({ kind: 'occupation_code', code: phrase.occupationCode!, phrase }))
      if (ev.length) { codeHits.set(doc, ev); candidates.add(doc) }
    })
  }

  let maxBm = 0
  for (const doc of candidates) if (!opts.only || opts.only.has(index.profiles[doc]!.code)) maxBm = Math.max(maxBm, bm[doc]!)
  const hitsByDoc = new Map<number, PhraseHit[]>()
  for (const h of hits) {
    const list = hitsByDoc.get(h.doc)
    if (list) list.push(h)
    else hitsByDoc.set(h.doc, [h])
  }
  const named = new Set(job.majorCodes ?? [])
  const levelFit = job.education ? LEVEL_FIT[EDUCATION_WORDS[job.education] ?? (job.education as EducationKey)] : undefined

  // Text evidence of each candidate: BM25F relative to the best, and whole phrases found.
  const base = new Map<number, { text: number; phrase: number; phrases: PhraseHit[] }>()
  for (const doc of candidates) {
    if (opts.only && !opts.only.has(index.profiles[doc]!.code)) continue
    const seen = new Set<string>()
    const phrases = (hitsByDoc.get(doc) ?? []).sort((a, b) => b.credit - a.credit).filter((h) => !seen.has(h.evidence.phrase.key) && seen.add(h.evidence.phrase.key))
    // The best phrase counts fully, each further one a quarter: two posts named beat one.
    const phrase = Math.min(1, phrases.reduce((s, h, i) => s + h.credit * (i === 0 ? 1 : 0.25), 0) + (codeHits.has(doc) ? 0.5 : 0))
    base.set(doc, { text: maxBm > 0 ? bm[doc]! / maxBm : 0, phrase, phrases })
  }
  // 接续专业: a major one level up or down from a strong text match trains for the same posts.
  const strength = (doc: number) => { const b = base.get(doc); return b ? (W.text * b.text + W.phrase * b.phrase) / (W.text + W.phrase) : 0 }
  const contFrom = new Map<number, number>()
  for (const doc of base.keys()) {
    for (const other of index.links.get(doc) ?? []) {
      if (opts.only && !opts.only.has(index.profiles[other]!.code)) continue
      const best = contFrom.get(other)
      if (best === undefined || strength(doc) > strength(best)) contFrom.set(other, doc)
    }
  }

  type Scored = Omit<RankedMajor, 'evidence' | 'reasons'> & { doc: number; phrases: PhraseHit[]; rel?: MajorRelevance; from?: number }
  const scored: Scored[] = []
  for (const doc of new Set([...base.keys(), ...contFrom.keys()])) {
    const p = index.profiles[doc]!
    const b = base.get(doc) ?? { text: 0, phrase: 0, phrases: [] }
    const from = contFrom.get(doc)
    // A major whose level is below the education the job asks for cannot apply (its graduates lack
    // the stated minimum): no candidate, unless the enterprise named it.
    if (levelFit && levelFit[p.level] === 0 && !named.has(p.code)) continue
    const rel = relevanceOf(opts.chainMajors ?? {}, job.chainId ?? undefined, p.code)
    const parts = {
      text: round1(W.text * b.text),
      phrase: round1(W.phrase * b.phrase),
      // Squared: a strong match passes most of its strength on, a middling one little.
      cont: round1(W.cont * (from === undefined ? 0 : strength(from) ** 2)),
      chain: round1(W.chain * (rel ? CHAIN_CREDIT[rel] : 0)),
      named: round1(W.named * (named.has(p.code) ? 1 : 0)),
      level: round1(W.level * (levelFit ? levelFit[p.level] : 1)),
    }
    const score = round1(Object.values(parts).reduce((s, x) => s + x, 0))
    scored.push({ doc, majorCode: p.code, name: p.name, level: p.level, score, parts, phrases: b.phrases, rel, from })
  }
  const supply = (code: string) => opts.supplyByMajor?.get(code) ?? 0
  const km = (code: string) => opts.nearestKmByMajor?.get(code) ?? Number.POSITIVE_INFINITY
  const nearer = (a: string, b: string) => { const x = km(a), y = km(b); return x === y ? 0 : x < y ? -1 : 1 }
  scored.sort((a, b) => b.score - a.score || supply(b.majorCode) - supply(a.majorCode) || nearer(a.majorCode, b.majorCode) || b.parts.level - a.parts.level || (a.majorCode < b.majorCode ? -1 : a.majorCode > b.majorCode ? 1 : 0))
  // Evidence is worked out on first read: finding which phrase each word hit is the slow part, and
  // most callers read it for a few majors only (the rows that make a top ten, the pair explained).
  return scored.slice(0, opts.limit ?? scored.length).map(({ doc, phrases, rel, from, ...m }) => lazyEvidence(m, {
    index, doc, query, named: named.has(m.majorCode), phrases, codeHits: codeHits.get(doc), from, rel, chainName: job.chainName,
  }))
}

/**
 * A ranked major whose evidence and reasons are built on first read, from only what they need: a closure made
 * inside rankMajors would keep that call's whole scope alive (every phrase hit, the scores of all 1,400 majors),
 * ≈ 50 KiB per job in the processes' text-fit caches, where this keeps the query and the major's own hits.
 */
function lazyEvidence(m: Omit<RankedMajor, 'evidence' | 'reasons'>, e: {
  index: MatchTextIndex; doc: number; query: ReadonlyMap<string, number>; named: boolean; phrases: readonly PhraseHit[]
  codeHits: readonly Evidence[] | undefined; from: number | undefined; rel: MajorRelevance | undefined; chainName: string | undefined
}): RankedMajor {
  let evidence: Evidence[] | undefined
  let reasons: string[] | undefined
  const build = () => (evidence ??= [
    ...(e.named ? [{ kind: 'named' } as const] : []),
    ...e.phrases.slice(0, 3).map((h) => h.evidence),
    ...(e.codeHits ?? []),
    ...termEvidence(e.index, e.doc, e.query, new Set(e.phrases.map((h) => h.evidence.phrase.key))),
    ...(e.from !== undefined && m.parts.cont > 0 ? [{ kind: 'continuing', name: e.index.profiles[e.from]!.name, level: e.index.profiles[e.from]!.level } as const] : []),
    ...(e.rel ? [{ kind: 'chain', chainName: e.chainName ?? '该', relevanceLabel: RELEVANCE_LABELS[e.rel] } as const] : []),
  ])
  return Object.defineProperties({ ...m } as RankedMajor, {
    evidence: { enumerable: true, get: build },
    // Read once per supply row of the major by matchSupply: worked out once.
    reasons: { enumerable: true, get: () => (reasons ??= build().map(explain)) },
  })
}

/** A major scoring under this share of the best is no candidate for the job's supply at all. */
const MIN_FIT_SHARE = 0.5

/**
 * The ranking as matchSupply's `majorFit`: at most `top` majors scoring at least MIN_FIT_SHARE of
 * the best, credit relative to the best, so the best-fitting major earns the full relevance part.
 */
export function toTextFit(ranked: readonly RankedMajor[], top = 30): Map<string, TextFit> {
  const best = ranked[0]?.score ?? 0
  return new Map(ranked.slice(0, top).filter((m) => best > 0 && m.score >= MIN_FIT_SHARE * best).map((m) => [m.majorCode, {
    credit: m.score / best,
    get reasons() { return m.reasons },
  }]))
}
