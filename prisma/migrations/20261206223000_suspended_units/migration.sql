-- Decision 083: an administrator suspends a unit found fake or abusive, and restores it.
-- 'suspended' takes the unit out of 'verified', so every reader of verified units (analytics, the map, the report, the
-- chain pages, fairs, equipment, projects) drops it with no change of its own.
ALTER TYPE "VerificationStatus" ADD VALUE 'suspended';

ALTER TABLE "Organization" ADD COLUMN "suspendedAt" TIMESTAMP(3),
  ADD COLUMN "suspendedBy" TEXT,
  ADD COLUMN "suspendedReason" TEXT;

-- The suspension moves the unit's open jobs to paused and marks them here, in its transaction, so search, detail and
-- recommendations (which read only the job's own status) drop them with no join; 恢复 re-opens exactly these.
ALTER TABLE "Job" ADD COLUMN "suspendedAt" TIMESTAMP(3);

-- No job of a suspended unit becomes open, whoever writes it: the enterprise's 发布/恢复, a trusted poster's direct
-- publication, a reviewer approving a queued job, a demand-list approval materialising its rows, raw SQL. The unit's
-- row is read FOR SHARE, which waits for a suspension in progress (it updates that row first, then the jobs), so a
-- publication racing a suspension either commits before it (and the suspension moves the job) or is refused after it.
-- Only a move into 'open' is checked (two triggers: INSERT has no OLD), so an edit of an open job takes no lock.
-- SQLSTATE ZL002 is answered by lib/suspended-unit.ts in the one error format (409).
CREATE FUNCTION "zl_refuse_suspended_unit_job"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unit_status text;
BEGIN
  SELECT "verification"::text INTO unit_status FROM "Organization" WHERE "id" = NEW."orgId" FOR SHARE;
  IF unit_status = 'suspended' THEN
    RAISE EXCEPTION 'zl_suspended_unit:%', NEW."orgId" USING ERRCODE = 'ZL002';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Job_open_insert_unit_live" BEFORE INSERT ON "Job" FOR EACH ROW
  WHEN (NEW."status" = 'open') EXECUTE FUNCTION "zl_refuse_suspended_unit_job"();
CREATE TRIGGER "Job_open_update_unit_live" BEFORE UPDATE OF "status" ON "Job" FOR EACH ROW
  WHEN (NEW."status" = 'open' AND OLD."status" <> 'open') EXECUTE FUNCTION "zl_refuse_suspended_unit_job"();
