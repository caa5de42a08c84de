-- CreateIndex
CREATE INDEX "StatusUpdate_assessor_createdAt_idx" ON "StatusUpdate"("assessor", "createdAt");
