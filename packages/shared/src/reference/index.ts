/**
 * Reference data shipped with the project (copied from ../shared/data, sources in data/SOURCES.md).
 * Node-only: it reads the CSV files from disk. Clients get reference data from the BFF, and the
 * industry chains live in the database, editable by administrators — these files only seed them.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseCsv } from './csv'
import { parseProfiles, type MajorProfileRef } from './profiles'
import type { MajorLevel, MajorStatus } from './vocab'

export { parseProfiles, splitCell, type MajorProfileRef, type OccupationLink } from './profiles'
export { parseCsv } from './csv'
export { MAJOR_CODE_PATTERN, MAJOR_LEVELS, MAJOR_STATUSES, OCCUPATION_CODE_PATTERN, type MajorLevel, type MajorStatus } from './vocab'

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url))
const read = (name: string) => parseCsv(readFileSync(dataDir + name, 'utf8'))

export type EconomicCircle = '省会经济圈' | '胶东经济圈' | '鲁南经济圈'
export interface CityRef { adcode: string; name: string; circle: EconomicCircle; lon: number; lat: number }
export interface ChainRef { id: string; name: string; status: 'confirmed_2022_11_list' | 'candidate_unverified'; source: string }
export interface MajorRef {
  code: string; name: string; level: MajorLevel; categoryCode: string; category: string; classCode: string; className: string
  /** Catalogue edition the row belongs to, e.g. 职业教育专业目录（2021年）. */
  catalogue: string
  /** Year the major entered the catalogue (2021 for the base edition, the 增补 year otherwise). */
  yearAdded: number
  status: MajorStatus
  /** For a renamed major, the code that replaces it. */
  replacedBy: string | null
  /** `sourced`: copied from a public transcription of the MoE catalogue; `ours`: reconstructed (see `note`). */
  basis: 'sourced' | 'ours'
  sourceRef: string
  domainTags: string[]
  note: string
}
export interface ChainMajorRef { chainId: string; majorCode: string; relevance: 'core' | 'supporting' | 'core_secondary_vocational' }
export interface LabelRef { id: string; name: string; level: string; issuer: string }
export interface IndustryRef { code: string; name: string; level: string; parent: string }
/** One occupation (细类) of 《中华人民共和国职业分类大典（2022年版）》. */
export interface OccupationRef { code: string; name: string; green: boolean; digital: boolean }

let cache: { cities: CityRef[]; chains: ChainRef[]; majors: MajorRef[]; chainMajors: ChainMajorRef[]; labels: LabelRef[]; industries: IndustryRef[] } | undefined

export function reference() {
  cache ??= {
    cities: read('cities.csv').map((r) => ({
      adcode: r.adcode!, name: r.name!, circle: r.economic_circle as EconomicCircle,
      lon: Number(r.centroid_lon), lat: Number(r.centroid_lat),
    })),
    chains: read('industry_chains.csv').map((r) => ({
      id: r.chain_id!, name: r.name!, status: r.status as ChainRef['status'], source: r.source_or_evidence!,
    })),
    majors: read('majors.csv').map((r) => ({
      code: r.code!, name: r.name!, level: r.level as MajorLevel, categoryCode: r.category_code!,
      category: r.category!, classCode: r.class_code!, className: r.class_name!,
      catalogue: r.catalogue!, yearAdded: Number(r.year_added), status: (r.status || 'active') as MajorStatus,
      replacedBy: r.replaced_by || null, basis: r.source === 'ours' ? 'ours' : 'sourced', sourceRef: r.source_ref ?? '',
      domainTags: (r.domain_tags ?? '').split(';').filter(Boolean), note: r.note ?? '',
    })),
    chainMajors: read('chain_majors.csv').map((r) => ({
      chainId: r.chain_id!, majorCode: r.major_code!, relevance: r.relevance as ChainMajorRef['relevance'],
    })),
    labels: read('enterprise_labels.csv').map((r) => ({ id: r.label_id!, name: r.label_zh!, level: r.level!, issuer: r.issuer! })),
    industries: read('industries.csv').map((r) => ({ code: r.code!, name: r.name!, level: r.level!, parent: r.parent! })),
  }
  return cache
}

let occupationCache: OccupationRef[] | undefined
/** The 1,676 occupations of the 2022 大典 (code, name, 绿色/数字 markers). Loaded on first use. */
export function occupations(): OccupationRef[] {
  occupationCache ??= read('occupations.csv').map((r) => ({ code: r.code!, name: r.name!, green: r.green === 'Y', digital: r.digital === 'Y' }))
  return occupationCache
}

let profileCache: MajorProfileRef[] | undefined
/** One profile per catalogue major (职业面向, posts, competences, courses, 接续专业). Loaded on first use. */
export function majorProfiles(): MajorProfileRef[] {
  profileCache ??= parseProfiles(read('major_profiles.csv'))
  return profileCache
}

let byCode: Map<string, MajorRef> | undefined
export function majorByCode(code: string): MajorRef | undefined {
  byCode ??= new Map(reference().majors.map((m) => [m.code, m]))
  return byCode.get(code)
}

let profileByCode: Map<string, MajorProfileRef> | undefined
export function majorProfile(code: string): MajorProfileRef | undefined {
  profileByCode ??= new Map(majorProfiles().map((p) => [p.code, p]))
  return profileByCode.get(code)
}

let synonymCache: { term: string; means: string[] }[] | undefined
/** Shop-floor words and the catalogue words they stand for (match_synonyms.csv), for the text matcher. */
/** match_synonyms.csv's rows as the matcher reads them (also for an older copy of the file: eval-match --before). */
export const parseSynonyms = (rows: Record<string, string>[]) =>
  rows.map((r) => ({ term: r.term!.trim(), means: (r.means ?? '').split('|').map((s) => s.trim()).filter(Boolean) }))

export function matchSynonyms(): { term: string; means: string[] }[] {
  synonymCache ??= parseSynonyms(read('match_synonyms.csv'))
  return synonymCache
}
