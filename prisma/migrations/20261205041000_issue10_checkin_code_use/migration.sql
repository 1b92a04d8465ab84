-- CreateTable
CREATE TABLE "CheckinCodeUse" (
    "nonce" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "scanner" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckinCodeUse_pkey" PRIMARY KEY ("nonce")
);

-- CreateIndex
CREATE INDEX "CheckinCodeUse_expiresAt_idx" ON "CheckinCodeUse"("expiresAt");
