-- Decision 069: no new row is keyed to a deleted account. 关联网页账号 (decision 066) retires an empty WeChat account
-- after checking that it holds nothing, and 注销账号 (decision 026) erases an account's rows before marking it deleted;
-- a write of the account's own that authenticated just before either committed used to land afterwards (its
-- foreign-key check waits for the user row and then finds it still there), on an account nobody can reach again.
--
-- Every user-keyed column of privacy/user-data.ts's USER_DATA but User.id and AuditLog.actorUserId (privacy/held-data.ts's
-- HELD_DATA_COLUMNS, kept equal to this list by lib/retired-user.test.ts) gets the same trigger: before a row names a user,
-- lock that user's row FOR SHARE and refuse if it is deleted. FOR SHARE conflicts with the lock the link's and the
-- deletion's UPDATE of the user row takes, so the two orders are both safe: a write that locked first is committed
-- before the link or the deletion reads the user's rows (and is counted or erased); a write that comes second waits
-- for their commit and then finds the account deleted. The exception's SQLSTATE ZL001 is answered by lib/on-error.ts
-- (lib/retired-user.ts) in the one error format. A user id that does not exist is left to the foreign key.
CREATE FUNCTION "zl_refuse_retired_user"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  uid text;
  gone "User"."deletedAt"%TYPE;
BEGIN
  uid := to_jsonb(NEW) ->> TG_ARGV[0];
  IF uid IS NULL OR (TG_OP = 'UPDATE' AND uid IS NOT DISTINCT FROM to_jsonb(OLD) ->> TG_ARGV[0]) THEN
    RETURN NEW;
  END IF;
  SELECT "deletedAt" INTO gone FROM "User" WHERE "id" = uid FOR SHARE;
  IF gone IS NOT NULL THEN
    RAISE EXCEPTION 'zl_retired_user:%', uid USING ERRCODE = 'ZL001';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "StudentProfile_userId_live" BEFORE INSERT OR UPDATE OF "userId" ON "StudentProfile" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('userId');
CREATE TRIGGER "Application_studentUserId_live" BEFORE INSERT OR UPDATE OF "studentUserId" ON "Application" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('studentUserId');
CREATE TRIGGER "ApplicationEvent_byUserId_live" BEFORE INSERT OR UPDATE OF "byUserId" ON "ApplicationEvent" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('byUserId');
CREATE TRIGGER "TrainingEnrolment_studentUserId_live" BEFORE INSERT OR UPDATE OF "studentUserId" ON "TrainingEnrolment" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('studentUserId');
CREATE TRIGGER "EventRegistration_userId_live" BEFORE INSERT OR UPDATE OF "userId" ON "EventRegistration" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('userId');
CREATE TRIGGER "ScheduleItem_userId_live" BEFORE INSERT OR UPDATE OF "userId" ON "ScheduleItem" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('userId');
CREATE TRIGGER "InterviewSlot_bookedByUserId_live" BEFORE INSERT OR UPDATE OF "bookedByUserId" ON "InterviewSlot" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('bookedByUserId');
CREATE TRIGGER "BoothVisit_userId_live" BEFORE INSERT OR UPDATE OF "userId" ON "BoothVisit" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('userId');
CREATE TRIGGER "SubscriptionCredit_userId_live" BEFORE INSERT OR UPDATE OF "userId" ON "SubscriptionCredit" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('userId');
CREATE TRIGGER "SubscriptionCreditEntry_userId_live" BEFORE INSERT OR UPDATE OF "userId" ON "SubscriptionCreditEntry" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('userId');
CREATE TRIGGER "Reminder_userId_live" BEFORE INSERT OR UPDATE OF "userId" ON "Reminder" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('userId');
CREATE TRIGGER "InboxMessage_userId_live" BEFORE INSERT OR UPDATE OF "userId" ON "InboxMessage" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('userId');
CREATE TRIGGER "Report_reporterUserId_live" BEFORE INSERT OR UPDATE OF "reporterUserId" ON "Report" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('reporterUserId');
CREATE TRIGGER "Report_handledByUserId_live" BEFORE INSERT OR UPDATE OF "handledByUserId" ON "Report" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('handledByUserId');
CREATE TRIGGER "Membership_userId_live" BEFORE INSERT OR UPDATE OF "userId" ON "Membership" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('userId');
CREATE TRIGGER "EquipmentBooking_requestedByUserId_live" BEFORE INSERT OR UPDATE OF "requestedByUserId" ON "EquipmentBooking" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('requestedByUserId');
CREATE TRIGGER "Event_createdByUserId_live" BEFORE INSERT OR UPDATE OF "createdByUserId" ON "Event" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('createdByUserId');
CREATE TRIGGER "ListVersion_byUserId_live" BEFORE INSERT OR UPDATE OF "byUserId" ON "ListVersion" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('byUserId');
CREATE TRIGGER "ImportJob_userId_live" BEFORE INSERT OR UPDATE OF "userId" ON "ImportJob" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('userId');
CREATE TRIGGER "ReportBasis_updatedByUserId_live" BEFORE INSERT OR UPDATE OF "updatedByUserId" ON "ReportBasis" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('updatedByUserId');
CREATE TRIGGER "OrgInvitation_createdByUserId_live" BEFORE INSERT OR UPDATE OF "createdByUserId" ON "OrgInvitation" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('createdByUserId');
CREATE TRIGGER "OrgInvitation_usedByUserId_live" BEFORE INSERT OR UPDATE OF "usedByUserId" ON "OrgInvitation" FOR EACH ROW EXECUTE FUNCTION "zl_refuse_retired_user"('usedByUserId');
