-- DropIndex
DROP INDEX "StatusUpdate_commitmentId_assessor_assessedOn_idx";

-- CreateTable
CREATE TABLE "Snapshot" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "asOf" DATE NOT NULL,
    "createdById" INTEGER,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "Snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Snapshot_slug_key" ON "Snapshot"("slug");

-- CreateIndex
CREATE INDEX "Snapshot_takenAt_idx" ON "Snapshot"("takenAt");

-- CreateIndex
CREATE INDEX "StatusUpdate_commitmentId_assessor_assessedOn_createdAt_idx" ON "StatusUpdate"("commitmentId", "assessor", "assessedOn" DESC, "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Snapshot" ADD CONSTRAINT "Snapshot_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
