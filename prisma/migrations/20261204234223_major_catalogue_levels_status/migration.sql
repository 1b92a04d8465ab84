-- CreateEnum
CREATE TYPE "MajorStatus" AS ENUM ('active', 'renamed', 'withdrawn', 'retired');

-- AlterTable
ALTER TABLE "Major" ADD COLUMN     "basis" TEXT NOT NULL DEFAULT 'sourced',
ADD COLUMN     "catalogue" TEXT NOT NULL DEFAULT '职业教育专业目录（2021年）',
ADD COLUMN     "replacedBy" TEXT,
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "status" "MajorStatus" NOT NULL DEFAULT 'active',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "yearAdded" INTEGER NOT NULL DEFAULT 2021;

-- CreateIndex
CREATE INDEX "Major_level_status_idx" ON "Major"("level", "status");
