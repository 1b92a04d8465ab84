-- Issue 10: a key recorded before each WeChat send, so a retry after a crash never sends twice (decision 026).
ALTER TABLE "Reminder" ADD COLUMN "sendKey" TEXT;
