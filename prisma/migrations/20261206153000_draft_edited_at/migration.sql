-- Decision 073: 附件1/附件2's status line says 「有未提交的修改」 while the draft differs from what was last submitted.
-- updatedAt cannot tell (a review moves it too), so a save that changes the draft, and an import, stamp this column and
-- a submission clears it. Lists saved before this column existed show no such note until their next change.
ALTER TABLE "SupplyList" ADD COLUMN "draftEditedAt" TIMESTAMP(3);
ALTER TABLE "DemandList" ADD COLUMN "draftEditedAt" TIMESTAMP(3);
