-- Issue 11 / decision 015: a list's tables hold its approved version only, and jobs know which demand
-- list row they are, so a list never touches a job posted from 我的岗位.

ALTER TABLE "SupplyList" ADD COLUMN "approvedVersion" INTEGER, ADD COLUMN "approvedAt" TIMESTAMP(3);
ALTER TABLE "DemandList" ADD COLUMN "approvedVersion" INTEGER, ADD COLUMN "approvedAt" TIMESTAMP(3);
ALTER TABLE "Job" ADD COLUMN "fromListId" TEXT;

-- Lists approved before this change hold the rows of their approved version.
UPDATE "SupplyList" SET "approvedVersion" = "version", "approvedAt" = COALESCE("reviewedAt", "updatedAt") WHERE "status" = 'approved';
UPDATE "DemandList" SET "approvedVersion" = "version", "approvedAt" = COALESCE("reviewedAt", "updatedAt") WHERE "status" = 'approved';

-- A job is a list row when its title was on any recorded version of its enterprise's list.
UPDATE "Job" j SET "fromListId" = d."id"
FROM "DemandList" d
WHERE d."orgId" = j."orgId" AND EXISTS (
  SELECT 1 FROM "ListVersion" v, jsonb_array_elements(COALESCE(v."snapshot" -> 'data' -> 'jobs', '[]'::jsonb)) e
  WHERE v."listKind" = 'demand' AND v."listId" = d."id" AND e ->> 'title' = j."title"
);

CREATE INDEX "Job_fromListId_idx" ON "Job"("fromListId");
ALTER TABLE "Job" ADD CONSTRAINT "Job_fromListId_fkey" FOREIGN KEY ("fromListId") REFERENCES "DemandList"("id") ON DELETE SET NULL ON UPDATE CASCADE;
