-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "extensionRequestNote" TEXT,
ADD COLUMN     "extensionRequestedAt" TIMESTAMP(3);

