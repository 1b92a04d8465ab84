-- Decision 107: 结项 of a project with two parties needs both; the request waits here for the other party.
ALTER TABLE "Project" ADD COLUMN "completionRequestedByOrgId" TEXT,
ADD COLUMN "completionRequestedAt" TIMESTAMP(3);
