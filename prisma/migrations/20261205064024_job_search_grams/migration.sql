-- Keyword search by character bigrams (decision 030). A keyword's bigrams must all be in a job's array for the
-- job to be a candidate; ILIKE then confirms the exact substring. Plain SQL and a core GIN index, no extension,
-- so PGlite and PostgreSQL run the same migration and the same query.

-- DropIndex
DROP INDEX "Job_status_publishedAt_id_idx";

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "searchGrams" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Job_status_publishedAt_id_idx" ON "Job"("status", "publishedAt" DESC, "id" DESC);

-- The lower-cased character pairs of a text, without pairs holding white space (a field boundary or the space
-- between two words never starts a match). ILIKE compares lower() of both sides on UTF-8, so lower() here
-- keeps the bigrams and ILIKE in step. A text of one character has none: `@> '{}'` holds for every row.
CREATE FUNCTION "zl_bigrams"(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}')
  FROM (SELECT substr(lower(t), i, 2) AS g FROM generate_series(1, char_length(t) - 1) AS i) AS pairs
  WHERE g !~ '\s'
$$;

-- The title's pairs marked with a leading ^ (three characters, so they never collide with a plain pair): the
-- title tier then reads exactly its own candidates from the same index.
CREATE FUNCTION "zl_title_bigrams"(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg('^' || g), '{}') FROM unnest("zl_bigrams"(t)) AS g
$$;

-- What a keyword is matched against: title, description, enterprise name and skill points, a field a line.
CREATE FUNCTION "zl_job_search_grams"(job_id text, title text, description text, org_id text) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT "zl_title_bigrams"(title) || "zl_bigrams"(concat_ws(E'\n', title, description,
    (SELECT o."name" FROM "Organization" o WHERE o."id" = org_id),
    (SELECT string_agg(s."name", E'\n') FROM "JobSkill" s WHERE s."jobId" = job_id)))
$$;

-- Triggers, not application code, keep the column current: every path that writes a job, a skill point or an
-- enterprise's name (posting, editing, list submit and approval, imports, the seed, raw SQL) is covered by
-- construction, and a path added later cannot forget it.
CREATE FUNCTION "zl_job_grams_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchGrams" := "zl_job_search_grams"(NEW."id", NEW."title", NEW."description", NEW."orgId");
  RETURN NEW;
END $$;

CREATE TRIGGER "Job_searchGrams" BEFORE INSERT OR UPDATE OF "title", "description", "orgId" ON "Job"
  FOR EACH ROW EXECUTE FUNCTION "zl_job_grams_row"();

-- Skill points: once per statement for the jobs it touched, so a bulk insert of 30,000 skills is one update.
CREATE FUNCTION "zl_job_grams_from_skills"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Job" j SET "searchGrams" = "zl_job_search_grams"(j."id", j."title", j."description", j."orgId")
  WHERE j."id" IN (SELECT DISTINCT "jobId" FROM changed_skills);
  RETURN NULL;
END $$;

CREATE TRIGGER "JobSkill_searchGrams_insert" AFTER INSERT ON "JobSkill"
  REFERENCING NEW TABLE AS changed_skills FOR EACH STATEMENT EXECUTE FUNCTION "zl_job_grams_from_skills"();
CREATE TRIGGER "JobSkill_searchGrams_update" AFTER UPDATE ON "JobSkill"
  REFERENCING NEW TABLE AS changed_skills FOR EACH STATEMENT EXECUTE FUNCTION "zl_job_grams_from_skills"();
CREATE TRIGGER "JobSkill_searchGrams_delete" AFTER DELETE ON "JobSkill"
  REFERENCING OLD TABLE AS changed_skills FOR EACH STATEMENT EXECUTE FUNCTION "zl_job_grams_from_skills"();

-- A renamed enterprise's jobs are found under its new name.
CREATE FUNCTION "zl_job_grams_from_org"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Job" j SET "searchGrams" = "zl_job_search_grams"(j."id", j."title", j."description", j."orgId")
  WHERE j."orgId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Organization_searchGrams" AFTER UPDATE OF "name" ON "Organization"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "zl_job_grams_from_org"();

-- Existing jobs, before the index exists (building it once is cheaper than maintaining it row by row).
UPDATE "Job" j SET "searchGrams" = "zl_job_search_grams"(j."id", j."title", j."description", j."orgId");

-- CreateIndex
CREATE INDEX "Job_searchGrams_idx" ON "Job" USING GIN ("searchGrams");
