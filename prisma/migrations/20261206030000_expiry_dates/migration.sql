-- Decision 055. A booking request still undecided when its period begins becomes 'expired': it leaves the pending
-- lists and the overlap constraint (which covers 'requested' and 'approved' only), so the slot is free again.
ALTER TYPE "BookingStatus" ADD VALUE 'expired';

-- Tells a job closed by its date (which the enterprise may re-open with a new date) from one closed by hand (which
-- stays closed). Jobs the sweep closed before this column existed are recognised the way decision 051's job page
-- did: closed, with a closing date that had come by the time the row last changed (a hand-closed job changed before
-- its date).
ALTER TABLE "Job" ADD COLUMN "expiredAt" TIMESTAMP(3);
UPDATE "Job" SET "expiredAt" = "updatedAt"
  WHERE "status" = 'closed' AND "closesAt" IS NOT NULL AND "closesAt" <= "updatedAt";
