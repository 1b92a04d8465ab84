-- Issue 11: the chains each device, research project and training course serves are entered per row
-- (附件1 ¹, decision 015), so a row may serve several chains. Existing single chains carry over.

CREATE TABLE "EquipmentChain" (
    "equipmentId" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,
    CONSTRAINT "EquipmentChain_pkey" PRIMARY KEY ("equipmentId","chainId")
);
CREATE TABLE "ResearchProjectChain" (
    "projectId" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,
    CONSTRAINT "ResearchProjectChain_pkey" PRIMARY KEY ("projectId","chainId")
);
CREATE TABLE "TrainingCourseChain" (
    "courseId" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,
    CONSTRAINT "TrainingCourseChain_pkey" PRIMARY KEY ("courseId","chainId")
);

INSERT INTO "EquipmentChain" ("equipmentId", "chainId") SELECT "id", "chainId" FROM "Equipment" WHERE "chainId" IS NOT NULL;
INSERT INTO "ResearchProjectChain" ("projectId", "chainId") SELECT "id", "chainId" FROM "ResearchProject" WHERE "chainId" IS NOT NULL;
INSERT INTO "TrainingCourseChain" ("courseId", "chainId") SELECT "id", "chainId" FROM "TrainingCourse" WHERE "chainId" IS NOT NULL;

CREATE INDEX "EquipmentChain_chainId_idx" ON "EquipmentChain"("chainId");
CREATE INDEX "ResearchProjectChain_chainId_idx" ON "ResearchProjectChain"("chainId");
CREATE INDEX "TrainingCourseChain_chainId_idx" ON "TrainingCourseChain"("chainId");

ALTER TABLE "EquipmentChain" ADD CONSTRAINT "EquipmentChain_equipmentId_fkey" FOREIGN KEY ("equipmentId") REFERENCES "Equipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EquipmentChain" ADD CONSTRAINT "EquipmentChain_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ResearchProjectChain" ADD CONSTRAINT "ResearchProjectChain_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ResearchProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ResearchProjectChain" ADD CONSTRAINT "ResearchProjectChain_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TrainingCourseChain" ADD CONSTRAINT "TrainingCourseChain_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "TrainingCourse"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrainingCourseChain" ADD CONSTRAINT "TrainingCourseChain_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "IndustryChain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

DROP INDEX "Equipment_open_chainId_idx";
DROP INDEX "TrainingCourse_chainId_idx";
ALTER TABLE "Equipment" DROP CONSTRAINT "Equipment_chainId_fkey";
ALTER TABLE "ResearchProject" DROP CONSTRAINT "ResearchProject_chainId_fkey";
ALTER TABLE "TrainingCourse" DROP CONSTRAINT "TrainingCourse_chainId_fkey";
ALTER TABLE "Equipment" DROP COLUMN "chainId";
ALTER TABLE "ResearchProject" DROP COLUMN "chainId";
ALTER TABLE "TrainingCourse" DROP COLUMN "chainId";
CREATE INDEX "Equipment_open_idx" ON "Equipment"("open");
