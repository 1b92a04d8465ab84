/**
 * The row a successful first desk or booth scan's statement answers, as the driver reads it: fresh objects per call,
 * built as plain literals (spreading shared parts cost ~30 µs a row, more than the work being weighed).
 */
interface Ids { eventId: string; userId: string; studentId: string; boothId: string; orgId: string }

export function scanRow(kind: 'desk' | 'booth', ids: Ids): () => Record<string, unknown> {
  const startsAt = Date.now() - 3_600_000
  const endsAt = Date.now() + 8 * 3_600_000
  const scannedAt = Date.now()
  if (kind === 'desk') {
    return () => ({
      s_id: ids.userId, s_role: 'admin', s_displayName: '签到台1', s_tokenVersion: 0, s_deletedAt: null, s_adminDepartment: null,
      s_adminCityCode: null, s_adminGroupingId: null, s_orgIds: [], s_orgRoles: [],
      e_id: ids.eventId, e_status: 'published', e_startsAt: new Date(startsAt), e_endsAt: new Date(endsAt), organises: true,
      owner: `desk:${ids.eventId}`, registered: true, checkedInAt: new Date(scannedAt), firstTime: true, student_id: ids.studentId,
      student_displayName: '签到学生1', limited: [],
    })
  }
  return () => ({
    s_id: ids.userId, s_role: 'enterprise', s_displayName: '展位扫码员', s_tokenVersion: 0, s_deletedAt: null, s_adminDepartment: null,
    s_adminCityCode: null, s_adminGroupingId: null, s_orgIds: [ids.orgId], s_orgRoles: ['owner'],
    org_id: ids.orgId, org_role: 'owner', may_scan: true, b_id: ids.boothId, b_status: 'approved', b_orgId: ids.orgId,
    e_status: 'published', e_startsAt: new Date(startsAt), e_endsAt: new Date(endsAt), owner: `booth:${ids.boothId}`,
    student_id: ids.studentId, student_displayName: '签到学生1', visitedAt: new Date(scannedAt), consents: [], limited: [],
  })
}
