-- Keyword search (decision 048) first walks the newest open jobs by (status, publishedAt DESC, id DESC) and tests their
-- titles; with the title in the index that walk is an index-only scan (≈ 24 pages for 数控's first page at province
-- scale, against one heap page per job without it). The old index is a prefix of the new one, so it goes.
DROP INDEX "Job_status_publishedAt_id_idx";
CREATE INDEX "Job_status_publishedAt_id_title_idx" ON "Job"("status", "publishedAt" DESC, "id" DESC, "title");
