-- CreateEnum
CREATE TYPE "OrgRole" AS ENUM ('manager', 'hr', 'list_filler', 'viewer');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "orgRole" "OrgRole" NOT NULL DEFAULT 'manager';

-- CreateTable
CREATE TABLE "OrgInvitation" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "codeHint" TEXT NOT NULL,
    "role" "OrgRole" NOT NULL,
    "createdByUserId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedByUserId" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrgInvitation_codeHash_key" ON "OrgInvitation"("codeHash");

-- CreateIndex
CREATE INDEX "OrgInvitation_orgId_createdAt_idx" ON "OrgInvitation"("orgId", "createdAt");

-- AddForeignKey
ALTER TABLE "OrgInvitation" ADD CONSTRAINT "OrgInvitation_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
