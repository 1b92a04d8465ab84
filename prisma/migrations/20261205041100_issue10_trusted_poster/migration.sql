-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "trustedPoster" BOOLEAN NOT NULL DEFAULT false;
