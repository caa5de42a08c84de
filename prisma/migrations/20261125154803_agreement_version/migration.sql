-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
