-- API tokens: "label" becomes "name" (renamed, not dropped), and every token gets an expiry.
-- Tokens made before expiries existed get 90 days from now, so no sync job breaks at deploy time.
ALTER TABLE "ApiToken" RENAME COLUMN "label" TO "name";
ALTER TABLE "ApiToken" ADD COLUMN "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP + '90 days'::interval);

-- Sign-in attempts: throttled ones are kept but not counted; device-cookie attempts count per
-- device; an unlock clears failures.
ALTER TABLE "LoginAttempt" ADD COLUMN     "clearedAt" TIMESTAMP(3),
ADD COLUMN     "device" TEXT,
ADD COLUMN     "throttled" BOOLEAN NOT NULL DEFAULT false;

CREATE INDEX "LoginAttempt_device_createdAt_idx" ON "LoginAttempt"("device", "createdAt");
