-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ReminderStatus" ADD VALUE 'sending';
ALTER TYPE "ReminderStatus" ADD VALUE 'refused';

-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "subject" TEXT;

-- CreateTable
CREATE TABLE "BoothVisit" (
    "id" TEXT NOT NULL,
    "boothId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoothVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BoothVisit_userId_idx" ON "BoothVisit"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BoothVisit_boothId_userId_key" ON "BoothVisit"("boothId", "userId");

-- CreateIndex
CREATE INDEX "Reminder_subject_status_idx" ON "Reminder"("subject", "status");

-- AddForeignKey
ALTER TABLE "BoothVisit" ADD CONSTRAINT "BoothVisit_boothId_fkey" FOREIGN KEY ("boothId") REFERENCES "Booth"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoothVisit" ADD CONSTRAINT "BoothVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
