-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "changeRequestedAt" TIMESTAMP(3),
ADD COLUMN     "pendingChange" JSONB;
