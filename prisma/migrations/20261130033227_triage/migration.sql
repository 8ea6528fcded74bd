-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "assigneeId" TEXT;

-- CreateTable
CREATE TABLE "InternalNote" (
    "id" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternalNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InternalNote_contributionId_createdAt_idx" ON "InternalNote"("contributionId", "createdAt");

-- CreateIndex
CREATE INDEX "Contribution_assigneeId_idx" ON "Contribution"("assigneeId");

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalNote" ADD CONSTRAINT "InternalNote_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "Contribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalNote" ADD CONSTRAINT "InternalNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


ALTER TABLE "InternalNote" ADD CONSTRAINT "InternalNote_text_length" CHECK (char_length("text") BETWEEN 1 AND 10000);
