-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "majorCode" TEXT;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_majorCode_fkey" FOREIGN KEY ("majorCode") REFERENCES "Major"("code") ON DELETE SET NULL ON UPDATE CASCADE;
