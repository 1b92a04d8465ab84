-- AlterTable
ALTER TABLE "IndustryChain" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "leadCollege" TEXT,
ADD COLUMN     "leadCollegePerson" TEXT,
ADD COLUMN     "leadEnterprise" TEXT,
ADD COLUMN     "leadEnterprisePerson" TEXT,
ADD COLUMN     "leadIndustryOrg" TEXT,
ADD COLUMN     "leadIndustryOrgPerson" TEXT,
ADD COLUMN     "policyNote" TEXT,
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredReason" TEXT;
