-- CreateEnum
CREATE TYPE "Assessor" AS ENUM ('INDEPENDENT', 'VIET_NAM', 'UK', 'JOINT', 'ASEAN');

-- CreateEnum
CREATE TYPE "AgreementDateKind" AS ENUM ('SIGNED', 'ADOPTED', 'REVIEWED');

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "dateKind" "AgreementDateKind" NOT NULL DEFAULT 'SIGNED';

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "contested" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "headlineAssessedOn" DATE,
ADD COLUMN     "headlineAssessor" "Assessor";

-- AlterTable: every existing history row becomes an independent assessment dated on the day it
-- was recorded (the only date known for it); the seed then re-dates its own rows to their sources.
ALTER TABLE "StatusUpdate" ADD COLUMN     "assessedOn" DATE,
ADD COLUMN     "assessor" "Assessor" NOT NULL DEFAULT 'INDEPENDENT',
ADD COLUMN     "assessorName" TEXT,
ADD COLUMN     "methodologyVersion" INTEGER NOT NULL DEFAULT 1;
UPDATE "StatusUpdate" SET "assessedOn" = ("createdAt" AT TIME ZONE 'UTC')::date;
ALTER TABLE "StatusUpdate" ALTER COLUMN "assessedOn" SET NOT NULL, ALTER COLUMN "assessedOn" SET DEFAULT CURRENT_DATE;

-- The headline of every commitment with history is its latest (independent) assessment.
UPDATE "Commitment" c SET "headlineAssessor" = 'INDEPENDENT', "headlineAssessedOn" = latest."assessedOn"
FROM (SELECT DISTINCT ON ("commitmentId") "commitmentId", "assessedOn" FROM "StatusUpdate"
      ORDER BY "commitmentId", "assessedOn" DESC, "createdAt" DESC, "id" DESC) latest
WHERE latest."commitmentId" = c."id";

-- CreateTable
CREATE TABLE "EvidenceItem" (
    "id" SERIAL NOT NULL,
    "statusUpdateId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" DATE,
    "url" TEXT,
    "quote" TEXT,
    "fileId" INTEGER,
    "sourceId" INTEGER,

    CONSTRAINT "EvidenceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" SERIAL NOT NULL,
    "commitmentId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MethodologyVersion" (
    "version" INTEGER NOT NULL,
    "definitions" JSONB NOT NULL,
    "noteEn" TEXT,
    "noteVi" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,

    CONSTRAINT "MethodologyVersion_pkey" PRIMARY KEY ("version")
);

-- CreateIndex
CREATE INDEX "EvidenceItem_statusUpdateId_idx" ON "EvidenceItem"("statusUpdateId");

-- CreateIndex
CREATE INDEX "EvidenceItem_fileId_idx" ON "EvidenceItem"("fileId");

-- CreateIndex
CREATE INDEX "EvidenceFile_commitmentId_idx" ON "EvidenceFile"("commitmentId");

-- CreateIndex
CREATE INDEX "Commitment_contested_idx" ON "Commitment"("contested");

-- CreateIndex
CREATE INDEX "StatusUpdate_commitmentId_assessor_assessedOn_idx" ON "StatusUpdate"("commitmentId", "assessor", "assessedOn");

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_statusUpdateId_fkey" FOREIGN KEY ("statusUpdateId") REFERENCES "StatusUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "EvidenceFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
