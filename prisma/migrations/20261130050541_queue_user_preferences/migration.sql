-- AlterTable
ALTER TABLE "User" ADD COLUMN     "queuePreferences" JSONB;

