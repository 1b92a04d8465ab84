-- Decision 074: a disabled administrator (deletedAt set by 停用) is told it was disabled and by whom, rather than that
-- the account does not exist; the name and scope of whoever disabled it, in words, as the audit entry keeps names.
ALTER TABLE "User" ADD COLUMN "disabledBy" TEXT;

-- Administrators disabled before this column (decision 072; only 停用 retires an administrator, who cannot erase the
-- account) get the name of whoever the audit log says disabled them, else 上级管理员.
UPDATE "User" u SET "disabledBy" = COALESCE(
  (SELECT a."displayName" FROM "AuditLog" l JOIN "User" a ON a."id" = l."actorUserId"
    WHERE l."action" = 'administrator.disabled' AND l."entityId" = u."id" ORDER BY l."at" DESC LIMIT 1),
  '上级管理员')
WHERE u."role" = 'admin' AND u."deletedAt" IS NOT NULL;
