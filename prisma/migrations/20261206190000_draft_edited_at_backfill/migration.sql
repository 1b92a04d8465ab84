-- Decision 079: lists saved before "draftEditedAt" existed (decision 073) showed no 「有未提交的修改」 until their next
-- change. A list submitted at least once is stamped when its draft differs from its last submitted version.
-- The submitted snapshot is the draft *prepared* (decision 073): for 附件1, a row of majors, equipment, researchProjects
-- or trainingCourses that gave no 服务产业链 got the chain–major map's, so such a row is compared without "chainIds";
-- a row that gave its own is compared whole. Not decidable here (read as a change, so the note shows until the next
-- submission): text the submission's parse normalised (trimmed spaces, full-width digits, a lower-case USCC). A list
-- with no submitted version recorded stays unstamped. The stamp is "updatedAt", the last write, which is no earlier
-- than the edit. Lists already stamped are left alone, so running this twice changes nothing.

UPDATE "SupplyList" AS l SET "draftEditedAt" = l."updatedAt"
FROM (
  SELECT DISTINCT ON (v."listId") v."listId", v.snapshot -> 'data' AS data
  FROM "ListVersion" AS v
  WHERE v."listKind" = 'supply' AND v.snapshot ->> 'source' = 'submit'
  ORDER BY v."listId", v.version DESC
) AS s
WHERE s."listId" = l.id AND l."submittedAt" IS NOT NULL AND l."draftEditedAt" IS NULL
  AND CASE WHEN jsonb_typeof(l.draft) = 'object' AND jsonb_typeof(s.data) = 'object' THEN EXISTS (
    SELECT 1 FROM (SELECT jsonb_object_keys(l.draft) UNION SELECT jsonb_object_keys(s.data)) AS k(key)
    WHERE CASE
      WHEN k.key IN ('majors', 'equipment', 'researchProjects', 'trainingCourses')
        AND jsonb_typeof(l.draft -> k.key) = 'array' AND jsonb_typeof(s.data -> k.key) = 'array'
        AND jsonb_array_length(l.draft -> k.key) = jsonb_array_length(s.data -> k.key)
      THEN EXISTS (
        SELECT 1
        FROM jsonb_array_elements(l.draft -> k.key) WITH ORDINALITY AS d(row, i)
        JOIN jsonb_array_elements(s.data -> k.key) WITH ORDINALITY AS p(row, i) ON p.i = d.i
        WHERE CASE
          WHEN jsonb_typeof(d.row) <> 'object' OR jsonb_typeof(p.row) <> 'object' THEN d.row IS DISTINCT FROM p.row
          WHEN jsonb_typeof(d.row -> 'chainIds') = 'array' AND d.row -> 'chainIds' <> '[]'::jsonb THEN d.row IS DISTINCT FROM p.row
          ELSE (d.row - 'chainIds') IS DISTINCT FROM (p.row - 'chainIds')
        END
      )
      ELSE (l.draft -> k.key) IS DISTINCT FROM (s.data -> k.key)
    END
  ) ELSE l.draft IS DISTINCT FROM s.data END;

UPDATE "DemandList" AS l SET "draftEditedAt" = l."updatedAt"
FROM (
  SELECT DISTINCT ON (v."listId") v."listId", v.snapshot -> 'data' AS data
  FROM "ListVersion" AS v
  WHERE v."listKind" = 'demand' AND v.snapshot ->> 'source' = 'submit'
  ORDER BY v."listId", v.version DESC
) AS s
WHERE s."listId" = l.id AND l."submittedAt" IS NOT NULL AND l."draftEditedAt" IS NULL
  AND l.draft IS DISTINCT FROM s.data;
