-- Recovery codes for a forgotten password (decision 059): the digests of the unused codes live on the user row, so
-- using one, changing the password and revoking every session are one UPDATE (race-free), and a new set replaces
-- the old in one write.
ALTER TABLE "User" ADD COLUMN "recoveryCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "User" ADD COLUMN "recoveryCodesAt" TIMESTAMP(3);
