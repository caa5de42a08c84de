-- DropIndex
DROP INDEX "StatusUpdate_commitmentId_assessor_assessedOn_createdAt_idx";

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "firstAssessedOn" DATE,
ADD COLUMN     "firstRecordedAt" TIMESTAMP(3),
ADD COLUMN     "lastAssessedOn" DATE,
ADD COLUMN     "lastRecordedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "StatusUpdate_commitmentId_assessor_assessedOn_createdAt_id_idx" ON "StatusUpdate"("commitmentId", "assessor", "assessedOn" DESC, "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "StatusUpdate_assessedOn_createdAt_id_idx" ON "StatusUpdate"("assessedOn" DESC, "createdAt" DESC, "id" DESC);

-- The span of each commitment's assessments so far.
UPDATE "Commitment" c
SET "firstAssessedOn" = s."firstAssessedOn",
    "lastAssessedOn" = s."lastAssessedOn",
    "firstRecordedAt" = s."firstRecordedAt",
    "lastRecordedAt" = s."lastRecordedAt"
FROM (
  SELECT "commitmentId",
         min("assessedOn") AS "firstAssessedOn", max("assessedOn") AS "lastAssessedOn",
         min("createdAt") AS "firstRecordedAt", max("createdAt") AS "lastRecordedAt"
  FROM "StatusUpdate"
  GROUP BY "commitmentId"
) s
WHERE c."id" = s."commitmentId";

-- Kept in Postgres rather than by each writer (the editor, the import, the seed, scripts and
-- tests that insert history directly): one set-based UPDATE per statement, so a bulk insert of a
-- million assessments costs one grouped pass, not a million row updates.
CREATE FUNCTION "commitment_history_span_widen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Commitment" c
  SET "firstAssessedOn" = LEAST(c."firstAssessedOn", n."firstAssessedOn"),
      "lastAssessedOn" = GREATEST(c."lastAssessedOn", n."lastAssessedOn"),
      "firstRecordedAt" = LEAST(c."firstRecordedAt", n."firstRecordedAt"),
      "lastRecordedAt" = GREATEST(c."lastRecordedAt", n."lastRecordedAt")
  FROM (
    SELECT "commitmentId",
           min("assessedOn") AS "firstAssessedOn", max("assessedOn") AS "lastAssessedOn",
           min("createdAt") AS "firstRecordedAt", max("createdAt") AS "lastRecordedAt"
    FROM inserted
    GROUP BY "commitmentId"
  ) n
  WHERE c."id" = n."commitmentId";
  RETURN NULL;
END
$$;

-- An assessment moved to another day, moment or commitment, or deleted: recount the span of the
-- commitments concerned from their history (rare; other edits, such as a reason's, skip this).
CREATE FUNCTION "commitment_history_span_recount"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    UPDATE "Commitment" c
    SET ("firstAssessedOn", "lastAssessedOn", "firstRecordedAt", "lastRecordedAt") = (
      SELECT min(x."assessedOn"), max(x."assessedOn"), min(x."createdAt"), max(x."createdAt")
      FROM "StatusUpdate" x
      WHERE x."commitmentId" = c."id"
    )
    WHERE c."id" IN (
      SELECT unnest(ARRAY[o."commitmentId", n."commitmentId"])
      FROM changed_before o
      JOIN changed_after n ON n."id" = o."id"
      WHERE (o."commitmentId", o."assessedOn", o."createdAt")
            IS DISTINCT FROM (n."commitmentId", n."assessedOn", n."createdAt")
    );
  ELSE
    UPDATE "Commitment" c
    SET ("firstAssessedOn", "lastAssessedOn", "firstRecordedAt", "lastRecordedAt") = (
      SELECT min(x."assessedOn"), max(x."assessedOn"), min(x."createdAt"), max(x."createdAt")
      FROM "StatusUpdate" x
      WHERE x."commitmentId" = c."id"
    )
    WHERE c."id" IN (SELECT "commitmentId" FROM changed_before);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "StatusUpdate_history_span_insert" AFTER INSERT ON "StatusUpdate"
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION "commitment_history_span_widen"();

CREATE TRIGGER "StatusUpdate_history_span_update" AFTER UPDATE ON "StatusUpdate"
REFERENCING OLD TABLE AS changed_before NEW TABLE AS changed_after
FOR EACH STATEMENT EXECUTE FUNCTION "commitment_history_span_recount"();

CREATE TRIGGER "StatusUpdate_history_span_delete" AFTER DELETE ON "StatusUpdate"
REFERENCING OLD TABLE AS changed_before
FOR EACH STATEMENT EXECUTE FUNCTION "commitment_history_span_recount"();
