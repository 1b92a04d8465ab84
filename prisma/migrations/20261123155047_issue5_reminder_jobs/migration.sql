-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN     "jobId" TEXT;

-- CreateIndex
CREATE INDEX "Reminder_status_jobId_idx" ON "Reminder"("status", "jobId");
