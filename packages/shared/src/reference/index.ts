/**
 * Reference data shipped with the project (copied from ../shared/data, sources in data/SOURCES.md).
 * Node-only: it reads the CSV files from disk. Clients get reference data from the BFF, and the
 * industry chains live in the database, editable by administrators — these files only seed them.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseCsv } from './csv'

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url))
const read = (name: string) => parseCsv(readFileSync(dataDir + name, 'utf8'))

export type EconomicCircle = '省会经济圈' | '胶东经济圈' | '鲁南经济圈'
export interface CityRef { adcode: string; name: string; circle: EconomicCircle; lon: number; lat: number }
export interface ChainRef { id: string; name: string; status: 'confirmed_2022_11_list' | 'candidate_unverified'; source: string }
export interface MajorRef { code: string; name: string; level: '高职专科' | '中职'; categoryCode: string; category: string; classCode: string; className: string }
export interface ChainMajorRef { chainId: string; majorCode: string; relevance: 'core' | 'supporting' | 'core_secondary_vocational' }
export interface LabelRef { id: string; name: string; level: string; issuer: string }
export interface IndustryRef { code: string; name: string; level: string; parent: string }

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
      code: r.code!, name: r.name!, level: r.level as MajorRef['level'], categoryCode: r.category_code!,
      category: r.category!, classCode: r.class_code!, className: r.class_name!,
    })),
    chainMajors: read('chain_majors.csv').map((r) => ({
      chainId: r.chain_id!, majorCode: r.major_code!, relevance: r.relevance as ChainMajorRef['relevance'],
    })),
    labels: read('enterprise_labels.csv').map((r) => ({ id: r.label_id!, name: r.label_zh!, level: r.level!, issuer: r.issuer! })),
    industries: read('industries.csv').map((r) => ({ code: r.code!, name: r.name!, level: r.level!, parent: r.parent! })),
  }
  return cache
}
