-- CreateEnum
CREATE TYPE "AdminDepartment" AS ENUM ('all', 'edu', 'industry', 'grouping');

-- CreateEnum
CREATE TYPE "GroupingKind" AS ENUM ('city_consortium', 'industry_community', 'park');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "OrgKind" ADD VALUE 'research_institute';
ALTER TYPE "OrgKind" ADD VALUE 'industry_org';
ALTER TYPE "OrgKind" ADD VALUE 'service_provider';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "organizerGroupingId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "adminCityCode" TEXT,
ADD COLUMN     "adminDepartment" "AdminDepartment",
ADD COLUMN     "adminGroupingId" TEXT;

-- CreateTable
CREATE TABLE "Grouping" (
    "id" TEXT NOT NULL,
    "kind" "GroupingKind" NOT NULL,
    "name" TEXT NOT NULL,
    "cityCode" TEXT,
    "chainId" TEXT,
    "intro" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Grouping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupingMember" (
    "groupingId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupingMember_pkey" PRIMARY KEY ("groupingId","orgId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Grouping_name_key" ON "Grouping"("name");

-- CreateIndex
CREATE INDEX "GroupingMember_orgId_idx" ON "GroupingMember"("orgId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_adminGroupingId_fkey" FOREIGN KEY ("adminGroupingId") REFERENCES "Grouping"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupingMember" ADD CONSTRAINT "GroupingMember_groupingId_fkey" FOREIGN KEY ("groupingId") REFERENCES "Grouping"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupingMember" ADD CONSTRAINT "GroupingMember_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organizerGroupingId_fkey" FOREIGN KEY ("organizerGroupingId") REFERENCES "Grouping"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Added by hand (decision 021; Prisma does not model CHECK constraints): only administrators carry a scope, and a
-- scope is whole — a city only for a department, a grouping only (and always) for a grouping administrator.
ALTER TABLE "User" ADD CONSTRAINT "User_admin_scope_check" CHECK (
  ("adminDepartment" IS NULL AND "adminCityCode" IS NULL AND "adminGroupingId" IS NULL)
  OR ("role" = 'admin' AND (
    ("adminDepartment" = 'all' AND "adminCityCode" IS NULL AND "adminGroupingId" IS NULL)
    OR ("adminDepartment" IN ('edu', 'industry') AND "adminGroupingId" IS NULL)
    OR ("adminDepartment" = 'grouping' AND "adminGroupingId" IS NOT NULL AND "adminCityCode" IS NULL)
  ))
);
