-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "originalBytes" BYTEA,
ADD COLUMN     "originalContentType" TEXT,
ADD COLUMN     "originalFileName" TEXT,
ADD COLUMN     "originalSha256" TEXT;
