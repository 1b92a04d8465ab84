-- Decision 112: a cancelled interview keeps its row with the reason, so the student is shown why it is gone.
ALTER TABLE "Interview" ADD COLUMN "cancelledAt" TIMESTAMP(3),
ADD COLUMN "cancelReason" TEXT;
