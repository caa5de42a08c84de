-- CreateIndex
CREATE INDEX "Commitment_currentValueDate_idx" ON "Commitment"("currentValueDate");
