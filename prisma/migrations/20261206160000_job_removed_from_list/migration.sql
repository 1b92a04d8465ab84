-- Decision 076: a job an approved demand-list version no longer lists is closed and marked, so the year's demand
-- (report, map, chain pages, fit index) counts what the approved list asks for, not also what an earlier version asked.
ALTER TABLE "Job" ADD COLUMN "removedFromListAt" TIMESTAMP(3);

-- What approval now marks, for the lists approved before this column existed: every job of a list titled
-- differently from each row of the list's approved version (approval closed the live ones among them).
UPDATE "Job" j SET "removedFromListAt" = j."updatedAt"
FROM "DemandList" l
WHERE j."fromListId" = l.id AND l."approvedVersion" IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM "ListVersion" v
    WHERE v."listKind" = 'demand' AND v."listId" = l.id AND v.version = l."approvedVersion"
      AND v.snapshot -> 'data' -> 'jobs' @> jsonb_build_array(jsonb_build_object('title', j.title))
  );
