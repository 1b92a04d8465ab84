-- AlterTable
ALTER TABLE "IndustryChain" ADD COLUMN     "knownEnterprises" INTEGER,
ADD COLUMN     "knownEnterprisesSource" TEXT,
ADD COLUMN     "knownEnterprisesYear" INTEGER;

-- CreateTable
CREATE TABLE "ReportBasis" (
    "year" INTEGER NOT NULL,
    "inProvinceShare" DECIMAL(4,3) NOT NULL,
    "source" TEXT NOT NULL,
    "updatedByUserId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportBasis_pkey" PRIMARY KEY ("year")
);
