-- CreateTable
CREATE TABLE "SubscriptionCreditEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "reminderId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscriptionCreditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SubscriptionCreditEntry_userId_templateId_at_idx" ON "SubscriptionCreditEntry"("userId", "templateId", "at");

-- AddForeignKey
ALTER TABLE "SubscriptionCreditEntry" ADD CONSTRAINT "SubscriptionCreditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Balances written before the ledger existed become its opening entries, so balance = sum of entries holds.
INSERT INTO "SubscriptionCreditEntry" ("id", "userId", "templateId", "delta", "reason")
SELECT 'opening-' || "id", "userId", "templateId", "remaining", 'accept' FROM "SubscriptionCredit" WHERE "remaining" > 0;
