import { useState } from 'react'
import { fetchReportYears } from '../api/reports'
import { useRemote } from './use-remote'

const thisYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()

/**
 * The year the report, chain pages and map show: the latest year with filed data until the user picks
 * another (never an all-zero year by default). `years` are the chips: the years with data and the last four.
 */
export function useReportYear() {
  const remote = useRemote(fetchReportYears)
  const [chosen, setChosen] = useState<number>()
  const withData = remote.data?.items.map((i) => i.year) ?? []
  const now = thisYear()
  const years = [...new Set([...withData, now, now - 1, now - 2, now - 3])].sort((a, b) => b - a)
  const year = chosen ?? (remote.data ? (remote.data.latest ?? now) : undefined)
  return { year, setYear: setChosen, years, withData, loading: remote.loading, error: remote.error, reload: remote.reload }
}
