-- Decision 060: the duplicate-name fraud signal compares folded names, so 「山东（济南）机床有限公司」,
-- 「山东(济南) 机床有限公司」 and 「山东【济南】机床有限公司」 are one name to it. NFKC turns full-width letters, digits,
-- brackets and the ideographic space into their ordinary forms; the CJK lenticular and tortoise-shell brackets, which
-- NFKC leaves alone, become round ones; white space and the format characters people hide in names (soft hyphen,
-- zero-width characters, direction marks and controls, BOM) go; lower() folds Latin letters. Plain SQL with no
-- extension, so PGlite and PostgreSQL run the same migration and the signal's query uses the same function.

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "nameKey" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Organization_nameKey_idx" ON "Organization"("nameKey");

CREATE FUNCTION "zl_org_name_key"(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(translate(
    regexp_replace(normalize(t, NFKC), '[\s\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]', '', 'g'),
    '【】〔〕〖〗', '()()()'))
$$;

-- A trigger, not application code, keeps the column current: registration, an approved change of name, imports,
-- the seed and raw SQL all write "name", and a path added later cannot forget the key.
CREATE FUNCTION "zl_org_name_key_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."nameKey" := "zl_org_name_key"(NEW."name");
  RETURN NEW;
END $$;

CREATE TRIGGER "Organization_nameKey" BEFORE INSERT OR UPDATE OF "name" ON "Organization"
  FOR EACH ROW EXECUTE FUNCTION "zl_org_name_key_row"();

UPDATE "Organization" SET "nameKey" = "zl_org_name_key"("name");
