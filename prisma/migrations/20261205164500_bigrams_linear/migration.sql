-- A job's search pairs at a fraction of the cost (decision 032, second update). Approving a 10,000-row demand list
-- spent most of its PostgreSQL CPU computing them.
--
-- 1. zl_bigrams in linear time. It took substr(lower(t), i, 2) for every position i: lower() of the whole text once
--    per position, and substr walking the multibyte text up to i, so a long description cost O(n²). Now the
--    lower-cased text is split once at white space (a pair holding white space was dropped before, so exactly the
--    pairs inside the runs remain) and each run yields its pairs from two sweeps of '..': the pairs starting at odd
--    and at even positions. Same set, same sorted DISTINCT array, so stored arrays and the GIN index stay valid.
CREATE OR REPLACE FUNCTION "zl_bigrams"(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT m[1]), '{}')
  FROM regexp_split_to_table(lower(t), '\s+') AS w,
    LATERAL (SELECT regexp_matches(w, '..', 'g') UNION ALL SELECT regexp_matches(substr(w, 2), '..', 'g')) AS pairs(m)
$$;

-- 2. zl_search_grams in one query. It called zl_title_bigrams (itself calling zl_bigrams) and zl_bigrams: three
--    SQL-function executions per job, which for the short texts of a list's rows cost more than the pairs. The
--    same runs and sweeps as zl_bigrams, title pairs marked '^' first, each part sorted as DISTINCT sorts it; the
--    result equals zl_title_bigrams(title) || zl_bigrams(concat_ws(E'\n', title, description, org_name, skills)),
--    which search-grams.test.ts checks.
CREATE OR REPLACE FUNCTION "zl_search_grams"(title text, description text, org_name text, skills text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH runs AS (
    SELECT true AS in_title, w FROM regexp_split_to_table(lower(title), '\s+') AS w
    UNION ALL
    SELECT false, w FROM regexp_split_to_table(lower(concat_ws(E'\n', title, description, org_name, skills)), '\s+') AS w),
  pairs AS (
    SELECT DISTINCT r.in_title, p.m[1] AS g FROM runs r,
      LATERAL (SELECT regexp_matches(r.w, '..', 'g') UNION ALL SELECT regexp_matches(substr(r.w, 2), '..', 'g')) AS p(m))
  SELECT coalesce((SELECT array_agg('^' || g ORDER BY g) FROM pairs WHERE in_title), '{}')
    || coalesce((SELECT array_agg(g ORDER BY g) FROM pairs WHERE NOT in_title), '{}')
$$;
