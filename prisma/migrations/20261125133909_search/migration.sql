-- Full-text search (issue 12). Every searchable table gets a "searchVector" column that Postgres
-- generates from the row itself, so it can never drift from the text on create or edit, and a GIN
-- index on it. Words are folded by the "ct_search" configuration: unaccent (so "tieng anh" finds
-- "tiếng Anh", "đ" finds "d") then the simple dictionary (lower case, no stemming: the texts mix
-- English and Vietnamese). Hyphenated words are indexed whole and by their parts, so "net zero"
-- finds "net-zero". Queries use the same configuration (lib/search/query.ts builds them).
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION ct_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION ct_search
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
  WITH unaccent, simple;

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('ct_search'::regconfig, coalesce("titleEn", '') || ' ' || coalesce("titleVi", '')), 'A')
  || setweight(to_tsvector('ct_search'::regconfig, coalesce("summaryEn", '') || ' ' || coalesce("summaryVi", '') || ' ' || "parties"), 'B')
  || setweight(to_tsvector('ct_search'::regconfig, "slug"), 'D')
) STORED;

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('ct_search'::regconfig, "quote"), 'C')
) STORED;

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('ct_search'::regconfig, coalesce("titleEn", '') || ' ' || coalesce("titleVi", '')), 'A')
  || setweight(to_tsvector('ct_search'::regconfig, coalesce("descriptionEn", '') || ' ' || coalesce("descriptionVi", '')), 'B')
  || setweight(to_tsvector('ct_search'::regconfig, "slug"), 'D')
) STORED;

-- AlterTable
ALTER TABLE "Pillar" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('ct_search'::regconfig, coalesce("nameEn", '') || ' ' || coalesce("nameVi", '')), 'A')
) STORED;

-- AlterTable: a source's text is indexed up to 500,000 characters (a tsvector holds at most 1 MB).
ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('ct_search'::regconfig, "title"), 'A')
  || setweight(to_tsvector('ct_search'::regconfig, "publisher"), 'C')
  || setweight(to_tsvector('ct_search'::regconfig, left("text", 500000)), 'D')
) STORED;

-- AlterTable
ALTER TABLE "StatusUpdate" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('ct_search'::regconfig, "reason"), 'D')
) STORED;

-- CreateIndex
CREATE INDEX "Agreement_searchVector_idx" ON "Agreement" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Citation_searchVector_idx" ON "Citation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Commitment_searchVector_idx" ON "Commitment" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Pillar_searchVector_idx" ON "Pillar" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "StatusUpdate_searchVector_idx" ON "StatusUpdate" USING GIN ("searchVector");
