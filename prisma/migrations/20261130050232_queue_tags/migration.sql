-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Contribution_tags_idx" ON "Contribution" USING GIN ("tags");

