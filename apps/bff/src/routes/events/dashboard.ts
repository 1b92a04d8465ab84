import type { Dashboard } from '@zhilian/shared/contracts/events'
import ExcelJS from 'exceljs'
import { xlsxBuffer } from '../../excel/cells'
import type { Db } from '../../lib/types'
import { chineseTime } from '../../lib/beijing-time'

const BUCKET_MS = 15 * 60_000

/** Applications count "at the event" when made to a booth's job between the event's start and end. */
export async function computeDashboard(db: Db, eventId: string): Promise<Dashboard> {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { startsAt: true, endsAt: true } })
  const [registrations, checkins, booths] = await Promise.all([
    db.eventRegistration.count({ where: { eventId } }),
    db.eventRegistration.findMany({ where: { eventId, checkedInAt: { not: null } }, select: { checkedInAt: true }, orderBy: { checkedInAt: 'asc' } }),
    db.booth.findMany({
      where: { eventId, status: 'approved' },
      orderBy: [{ zone: 'asc' }, { number: 'asc' }],
      select: { id: true, number: true, zone: true, org: { select: { name: true } }, _count: { select: { visits: true } }, jobs: { select: { jobId: true } } },
    }),
  ])
  const perBooth = await Promise.all(booths.map((b) => db.application.count({
    where: { jobId: { in: b.jobs.map((j) => j.jobId) }, createdAt: { gte: event.startsAt, lte: event.endsAt } },
  })))
  const buckets = new Map<number, number>()
  for (const { checkedInAt } of checkins) {
    const start = Math.floor(checkedInAt!.getTime() / BUCKET_MS) * BUCKET_MS
    buckets.set(start, (buckets.get(start) ?? 0) + 1)
  }
  const starts = [...buckets.keys()]
  const series: Dashboard['checkinsOverTime'] = []
  if (starts.length) {
    for (let t = Math.min(...starts); t <= Math.max(...starts); t += BUCKET_MS) series.push({ at: new Date(t).toISOString(), count: buckets.get(t) ?? 0 })
  }
  return {
    registrations,
    checkedIn: checkins.length,
    checkinsOverTime: series,
    booths: booths.map((b, i) => ({ boothId: b.id, org: b.org.name, number: b.number, zone: b.zone, visits: b._count.visits, applications: perBooth[i] ?? 0 })),
    applications: perBooth.reduce((a, b) => a + b, 0),
  }
}

export async function dashboardWorkbook(title: string, d: Dashboard): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const summary = wb.addWorksheet('概况')
  summary.addRows([['活动', title], ['报名人数', d.registrations], ['签到人数', d.checkedIn], ['现场投递', d.applications]])
  summary.getColumn(1).width = 14
  summary.getColumn(2).width = 40
  const times = wb.addWorksheet('签到时段')
  times.addRow(['时段开始', '签到人数'])
  d.checkinsOverTime.forEach((b) => times.addRow([chineseTime(b.at), b.count]))
  const booths = wb.addWorksheet('展位')
  booths.addRow(['展区', '展位号', '参展单位', '到访人数', '投递数'])
  d.booths.forEach((b) => booths.addRow([b.zone ?? '', b.number ?? '', b.org, b.visits, b.applications]))
  ;[times, booths].forEach((s) => { s.getRow(1).font = { bold: true } })
  return xlsxBuffer(wb)
}
