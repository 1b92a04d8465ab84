import type { ChainStats, Counts } from '@zhilian/shared/contracts/stats'
import { LATEST_COUNTED_SUPPLY_LISTS } from '../../analytics/counted'
import type { Db } from '../../lib/types'

/*
 * Two statements, whatever the number of chains. Rules shared by both:
 * - organisations count once verified; a college counts in the chains its counted list's rows name, an enterprise
 *   in the chains it registered; jobs count while open and their enterprise is verified;
 * - students come from each college's latest approved supply list (one year, not every year summed).
 */
const LATEST_APPROVED_LISTS = LATEST_COUNTED_SUPPLY_LISTS

export function chainCounts(db: Db): Promise<ChainStats[]> {
  return db.$queryRawUnsafe<ChainStats[]>(`
    WITH orgs AS (
      SELECT oc."chainId", count(*) AS enterprises
      FROM "OrgChain" oc JOIN "Organization" o ON o.id = oc."orgId"
      WHERE o.verification = 'verified' AND o.kind = 'enterprise'
      GROUP BY oc."chainId"
    ), served AS (
      -- A college is in the chains its counted 附件1 rows name (decision 015), not the chains it registered.
      SELECT moc."chainId", mo."listId" FROM "MajorOfferingChain" moc JOIN "MajorOffering" mo ON mo.id = moc."offeringId"
      UNION SELECT ec."chainId", e."listId" FROM "EquipmentChain" ec JOIN "Equipment" e ON e.id = ec."equipmentId"
      UNION SELECT tc."chainId", t."listId" FROM "TrainingCourseChain" tc JOIN "TrainingCourse" t ON t.id = tc."courseId"
      UNION SELECT rc."chainId", r."listId" FROM "ResearchProjectChain" rc JOIN "ResearchProject" r ON r.id = rc."projectId"
    ), colleges AS (
      SELECT served."chainId", count(DISTINCT s."collegeId") AS colleges
      FROM served JOIN "SupplyList" s ON s.id = served."listId" JOIN "Organization" o ON o.id = s."collegeId"
      WHERE o.verification = 'verified' AND served."listId" IN (${LATEST_APPROVED_LISTS})
      GROUP BY served."chainId"
    ), jobs AS (
      SELECT j."chainId", count(*) AS open_jobs, sum(greatest(j.headcount - j."hiredCount", 0)) AS open_headcount
      FROM "Job" j JOIN "Organization" o ON o.id = j."orgId"
      WHERE j.status = 'open' AND o.verification = 'verified' AND j."chainId" IS NOT NULL
      GROUP BY j."chainId"
    ), students AS (
      SELECT moc."chainId", sum(e.count) AS enrolled
      FROM "Enrolment" e
      JOIN "MajorOffering" mo ON mo."listId" = e."listId" AND mo."majorCode" = e."majorCode"
      JOIN "MajorOfferingChain" moc ON moc."offeringId" = mo.id
      WHERE e."listId" IN (${LATEST_APPROVED_LISTS})
      GROUP BY moc."chainId"
    )
    SELECT c.id AS "chainId", c.name, c.status::text AS status,
           coalesce(colleges.colleges, 0)::int AS colleges,
           coalesce(orgs.enterprises, 0)::int AS enterprises,
           coalesce(jobs.open_jobs, 0)::int AS "openJobs",
           coalesce(jobs.open_headcount, 0)::int AS "openHeadcount",
           coalesce(students.enrolled, 0)::int AS "enrolledStudents"
    FROM "IndustryChain" c
    LEFT JOIN orgs ON orgs."chainId" = c.id
    LEFT JOIN colleges ON colleges."chainId" = c.id
    LEFT JOIN jobs ON jobs."chainId" = c.id
    LEFT JOIN students ON students."chainId" = c.id
    WHERE c.active
    ORDER BY c."sortOrder", c.id`)
}

export async function provinceCounts(db: Db): Promise<Counts> {
  const rows = await db.$queryRawUnsafe<Counts[]>(`
    SELECT
      (SELECT count(*) FROM "Organization" WHERE kind = 'college' AND verification = 'verified')::int AS colleges,
      (SELECT count(*) FROM "Organization" WHERE kind = 'enterprise' AND verification = 'verified')::int AS enterprises,
      (SELECT count(*) FROM "Job" j JOIN "Organization" o ON o.id = j."orgId"
        WHERE j.status = 'open' AND o.verification = 'verified')::int AS "openJobs",
      (SELECT coalesce(sum(greatest(j.headcount - j."hiredCount", 0)), 0) FROM "Job" j JOIN "Organization" o ON o.id = j."orgId"
        WHERE j.status = 'open' AND o.verification = 'verified')::int AS "openHeadcount",
      (SELECT coalesce(sum(e.count), 0) FROM "Enrolment" e WHERE e."listId" IN (${LATEST_APPROVED_LISTS}))::int AS "enrolledStudents"`)
  const [counts] = rows
  if (!counts) throw new Error('province counts query returned no row')
  return counts
}
