-- CreateIndex
CREATE INDEX "StatusUpdate_commitmentId_createdAt_id_idx" ON "StatusUpdate"("commitmentId", "createdAt", "id");
