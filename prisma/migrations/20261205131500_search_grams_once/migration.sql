-- A new job's search bigrams are computed once (decision 032, update). Before, a job written with its skill points
-- had its pairs computed twice: by the row trigger on INSERT (without skills: they do not exist yet), then again by
-- the JobSkill statement trigger, which also wrote every such job a second time (a new row version in every index,
-- the GIN index included). Approving a 10,000-row demand list went from 3.4 to 10.6 s of CPU with those triggers.

-- One definition of a job's pairs from its texts: the job trigger and a bulk INSERT that already holds the skill
-- names (list approval) both call it, so the two cannot drift.
CREATE FUNCTION "zl_search_grams"(title text, description text, org_name text, skills text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT "zl_title_bigrams"(title) || "zl_bigrams"(concat_ws(E'\n', title, description, org_name, skills))
$$;

CREATE OR REPLACE FUNCTION "zl_job_search_grams"(job_id text, title text, description text, org_id text) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT "zl_search_grams"(title, description,
    (SELECT o."name" FROM "Organization" o WHERE o."id" = org_id),
    (SELECT string_agg(s."name", E'\n') FROM "JobSkill" s WHERE s."jobId" = job_id))
$$;

-- INSERT: pairs an INSERT supplies (a non-empty array, from zl_search_grams) are kept; otherwise computed here.
-- Prisma never names the column (@ignore), so its inserts get the empty default and are computed.
-- UPDATE: computed only when title, description or enterprise really changed (a bulk UPDATE that sets every
-- column of a changed list row, salary only, no longer recomputes the pairs).
CREATE OR REPLACE FUNCTION "zl_job_grams_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND cardinality(NEW."searchGrams") > 0 THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND (NEW."title", NEW."description", NEW."orgId") IS NOT DISTINCT FROM (OLD."title", OLD."description", OLD."orgId") THEN
    RETURN NEW;
  END IF;
  NEW."searchGrams" := "zl_job_search_grams"(NEW."id", NEW."title", NEW."description", NEW."orgId");
  RETURN NEW;
END $$;

-- Added skill points can only add pairs (no pair spans two fields), so a job whose array already holds every pair
-- of its new skills' names is left alone: a job inserted with its pairs, then its skills, is written once.
CREATE OR REPLACE FUNCTION "zl_job_grams_from_skills"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Job" j SET "searchGrams" = "zl_job_search_grams"(j."id", j."title", j."description", j."orgId")
  FROM (SELECT "jobId", "zl_bigrams"(string_agg("name", E'\n')) AS grams FROM changed_skills GROUP BY "jobId") AS added
  WHERE j."id" = added."jobId" AND NOT (coalesce(j."searchGrams", '{}') @> added.grams);
  RETURN NULL;
END $$;

-- A changed or removed skill point may take pairs away: recompute, and write only the jobs whose pairs changed.
CREATE FUNCTION "zl_job_grams_recompute_skills"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Job" j SET "searchGrams" = fresh.grams
  FROM (SELECT j2."id", "zl_job_search_grams"(j2."id", j2."title", j2."description", j2."orgId") AS grams
        FROM "Job" j2 WHERE j2."id" IN (SELECT DISTINCT "jobId" FROM changed_skills)) AS fresh
  WHERE j."id" = fresh."id" AND j."searchGrams" IS DISTINCT FROM fresh.grams;
  RETURN NULL;
END $$;

DROP TRIGGER "JobSkill_searchGrams_update" ON "JobSkill";
DROP TRIGGER "JobSkill_searchGrams_delete" ON "JobSkill";
CREATE TRIGGER "JobSkill_searchGrams_update" AFTER UPDATE ON "JobSkill"
  REFERENCING NEW TABLE AS changed_skills FOR EACH STATEMENT EXECUTE FUNCTION "zl_job_grams_recompute_skills"();
CREATE TRIGGER "JobSkill_searchGrams_delete" AFTER DELETE ON "JobSkill"
  REFERENCING OLD TABLE AS changed_skills FOR EACH STATEMENT EXECUTE FUNCTION "zl_job_grams_recompute_skills"();
