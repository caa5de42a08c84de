-- CreateTable
CREATE TABLE "StatusTally" (
    "agreementId" INTEGER NOT NULL,
    "pillarKey" INTEGER NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "StatusTally_pkey" PRIMARY KEY ("agreementId","pillarKey","status")
);

-- CreateIndex
CREATE INDEX "Commitment_headlineAssessedOn_idx" ON "Commitment"("headlineAssessedOn");

-- The tally of the commitments there are now.
INSERT INTO "StatusTally" ("agreementId", "pillarKey", "status", "count")
SELECT "agreementId", COALESCE("pillarId", 0), "status", count(*)
FROM "Commitment"
WHERE "archivedAt" IS NULL
GROUP BY 1, 2, 3;

-- Kept in Postgres rather than by each writer (the editor, the import, the seed, scripts and tests
-- that write commitments directly). A commitment counts while it is not archived: a row leaving
-- is -1 to its (agreement, pillar, status), arriving +1 to its new one.
-- Deferred to COMMIT: every write through the mutation pipeline bumps "DataVersion" as its last
-- statement, so by the time these run the transaction holds that row's lock, and tally rows are
-- only ever changed by one committing transaction at a time. Changed as each statement ran, an
-- import's long transaction would hold tally rows while an edit held others and waited, a deadlock.
CREATE FUNCTION "status_tally_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF OLD."archivedAt" IS NULL THEN
      INSERT INTO "StatusTally" AS t ("agreementId", "pillarKey", "status", "count")
      VALUES (OLD."agreementId", COALESCE(OLD."pillarId", 0), OLD."status", -1)
      ON CONFLICT ("agreementId", "pillarKey", "status") DO UPDATE SET "count" = t."count" - 1;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF NEW."archivedAt" IS NULL THEN
      INSERT INTO "StatusTally" AS t ("agreementId", "pillarKey", "status", "count")
      VALUES (NEW."agreementId", COALESCE(NEW."pillarId", 0), NEW."status", 1)
      ON CONFLICT ("agreementId", "pillarKey", "status") DO UPDATE SET "count" = t."count" + 1;
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Commitment_status_tally_insert" AFTER INSERT ON "Commitment"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
WHEN (NEW."archivedAt" IS NULL)
EXECUTE FUNCTION "status_tally_apply"();

-- Only a change of what is counted (not, say, a title, or the history span the assessments keep).
CREATE CONSTRAINT TRIGGER "Commitment_status_tally_update"
AFTER UPDATE OF "status", "agreementId", "pillarId", "archivedAt" ON "Commitment"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
WHEN ((OLD."status", OLD."agreementId", OLD."pillarId", OLD."archivedAt" IS NULL)
      IS DISTINCT FROM (NEW."status", NEW."agreementId", NEW."pillarId", NEW."archivedAt" IS NULL))
EXECUTE FUNCTION "status_tally_apply"();

CREATE CONSTRAINT TRIGGER "Commitment_status_tally_delete" AFTER DELETE ON "Commitment"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
WHEN (OLD."archivedAt" IS NULL)
EXECUTE FUNCTION "status_tally_apply"();

CREATE FUNCTION "status_tally_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "StatusTally";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Commitment_status_tally_truncate" AFTER TRUNCATE ON "Commitment"
FOR EACH STATEMENT EXECUTE FUNCTION "status_tally_clear"();
