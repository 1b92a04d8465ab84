-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('queued', 'parsing', 'validating', 'writing', 'done', 'failed');

-- AlterTable
ALTER TABLE "DemandList" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "importHash" TEXT;

-- AlterTable
ALTER TABLE "SupplyList" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "importHash" TEXT;

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "listKind" "ListKind" NOT NULL,
    "fileName" TEXT,
    "bytes" INTEGER NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "issues" JSONB,
    "result" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_orgId_createdAt_idx" ON "ImportJob"("orgId", "createdAt");

-- Issue 4: two live bookings (requested or approved) of one piece of equipment may never overlap,
-- even under concurrent requests. Prisma's schema language cannot express this; the schema engine
-- leaves exclusion constraints alone. tsrange (not tstzrange) because the columns are timestamp(3)
-- without time zone and an index expression must be immutable. Half-open [start, end): back-to-back is fine.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "EquipmentBooking" ADD CONSTRAINT "EquipmentBooking_no_overlap"
  EXCLUDE USING gist ("equipmentId" WITH =, tsrange("start", "end", '[)') WITH &&)
  WHERE ("status" IN ('requested', 'approved'));

ALTER TABLE "EquipmentBooking" ADD CONSTRAINT "EquipmentBooking_end_after_start" CHECK ("end" > "start");
