-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "extendedUntil" TIMESTAMP(3),
ADD COLUMN     "extensionReason" TEXT,
ALTER COLUMN "language" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ContributionVersion" (
    "id" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "actionLines" TEXT[],
    "sdgs" INTEGER[],
    "answers" JSONB NOT NULL,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,

    CONSTRAINT "ContributionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContributionVersion_contributionId_number_key" ON "ContributionVersion"("contributionId", "number");

-- CreateIndex
CREATE INDEX "Attachment_contributionId_idx" ON "Attachment"("contributionId");

-- CreateIndex
CREATE INDEX "Attachment_sha256_idx" ON "Attachment"("sha256");

-- AddForeignKey
ALTER TABLE "ContributionVersion" ADD CONSTRAINT "ContributionVersion_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "Contribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionVersion" ADD CONSTRAINT "ContributionVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "Contribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Drafts may be incomplete: a title and a language are required from submission on.
ALTER TABLE "Contribution" DROP CONSTRAINT "Contribution_title_length";
ALTER TABLE "Contribution"
  ADD CONSTRAINT "Contribution_title_length" CHECK (char_length("title") <= 300 AND ("status" = 'DRAFT' OR char_length("title") >= 1)),
  ADD CONSTRAINT "Contribution_submitted_has_language" CHECK ("status" = 'DRAFT' OR "language" IS NOT NULL);
ALTER TABLE "ContributionVersion"
  ADD CONSTRAINT "ContributionVersion_number_positive" CHECK ("number" >= 1),
  ADD CONSTRAINT "ContributionVersion_title_length" CHECK (char_length("title") BETWEEN 1 AND 300),
  ADD CONSTRAINT "ContributionVersion_body_length" CHECK (char_length("body") <= 200000);
ALTER TABLE "Attachment"
  ADD CONSTRAINT "Attachment_size_positive" CHECK ("size" > 0),
  ADD CONSTRAINT "Attachment_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
CREATE UNIQUE INDEX "Attachment_contribution_sha256_key" ON "Attachment"("contributionId", "sha256");
