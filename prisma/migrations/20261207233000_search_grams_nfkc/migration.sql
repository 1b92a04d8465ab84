-- A job's search pairs in NFKC (decision 117). A title typed on a phone's IME in full-width mode (「ＣＮＣ操作工」) and
-- a search for CNC shared no pair: 'ｃｎ' is not 'cn'. The search folds its keyword with NFKC (searchText) and its
-- LIKE tests read normalize(text, NFKC); the pairs here are taken from the same normal form, so either side may be
-- full-width. normalize() is core SQL (IMMUTABLE, PostgreSQL 13+, a UTF-8 database), the same on PGlite and
-- PostgreSQL, and returns a text already in the form as it is after a quick check: Chinese and ASCII text, nearly all
-- of it, costs what it did. Same runs and sweeps as decision 032's second update; only the source text changed.
CREATE OR REPLACE FUNCTION "zl_bigrams"(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT m[1]), '{}')
  FROM regexp_split_to_table(lower(normalize(t, NFKC)), '\s+') AS w,
    LATERAL (SELECT regexp_matches(w, '..', 'g') UNION ALL SELECT regexp_matches(substr(w, 2), '..', 'g')) AS pairs(m)
$$;

CREATE OR REPLACE FUNCTION "zl_search_grams"(title text, description text, org_name text, skills text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH runs AS (
    SELECT true AS in_title, w FROM regexp_split_to_table(lower(normalize(title, NFKC)), '\s+') AS w
    UNION ALL
    SELECT false, w FROM regexp_split_to_table(lower(normalize(concat_ws(E'\n', title, description, org_name, skills), NFKC)), '\s+') AS w),
  pairs AS (
    SELECT DISTINCT r.in_title, p.m[1] AS g FROM runs r,
      LATERAL (SELECT regexp_matches(r.w, '..', 'g') UNION ALL SELECT regexp_matches(substr(r.w, 2), '..', 'g')) AS p(m))
  SELECT coalesce((SELECT array_agg('^' || g ORDER BY g) FROM pairs WHERE in_title), '{}')
    || coalesce((SELECT array_agg(g ORDER BY g) FROM pairs WHERE NOT in_title), '{}')
$$;

-- Only a job with some text not already in NFKC can have other pairs now; the rest keep theirs unread and unwritten.
-- Writing searchGrams alone fires no row trigger (those watch title, description and orgId).
UPDATE "Job" j SET "searchGrams" = "zl_job_search_grams"(j."id", j."title", j."description", j."orgId")
WHERE NOT (j."title" IS NFKC NORMALIZED AND coalesce(j."description", '') IS NFKC NORMALIZED)
  OR EXISTS (SELECT 1 FROM "Organization" o WHERE o."id" = j."orgId" AND NOT o."name" IS NFKC NORMALIZED)
  OR EXISTS (SELECT 1 FROM "JobSkill" s WHERE s."jobId" = j."id" AND NOT s."name" IS NFKC NORMALIZED);
