-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "archivedAt" TIMESTAMP(3);
