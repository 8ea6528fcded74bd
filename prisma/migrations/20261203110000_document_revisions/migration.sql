-- Revisions, addenda and corrigenda of published documents (issue 14 item 1).
CREATE TYPE "DocumentPartKind" AS ENUM ('REVISION', 'ADDENDUM', 'CORRIGENDUM');
CREATE TYPE "DocumentPartStatus" AS ENUM ('REQUESTED', 'SUBMITTED', 'ACCEPTED', 'REJECTED');

CREATE TABLE "DocumentPart" (
    "id" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "kind" "DocumentPartKind" NOT NULL,
    "status" "DocumentPartStatus" NOT NULL,
    "number" INTEGER,
    "title" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "note" TEXT,
    "requestedById" TEXT NOT NULL,
    "submittedById" TEXT,
    "decidedById" TEXT,
    "versionNumber" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    CONSTRAINT "DocumentPart_pkey" PRIMARY KEY ("id"),
    -- Numbered exactly when published.
    CONSTRAINT "DocumentPart_number_check" CHECK (("status" = 'ACCEPTED') = ("number" IS NOT NULL AND "number" >= 1 AND "publishedAt" IS NOT NULL)),
    CONSTRAINT "DocumentPart_text_check" CHECK (char_length("title") <= 300 AND char_length("summary") <= 3000 AND char_length("body") <= 200000 AND char_length(coalesce("note", '')) <= 5000),
    -- A text exists from submission on.
    CONSTRAINT "DocumentPart_submitted_check" CHECK ("status" = 'REQUESTED' OR (char_length("title") >= 1 AND "submittedAt" IS NOT NULL))
);

CREATE UNIQUE INDEX "DocumentPart_contributionId_kind_number_key" ON "DocumentPart"("contributionId", "kind", "number");
CREATE INDEX "DocumentPart_contributionId_status_idx" ON "DocumentPart"("contributionId", "status");
-- One open revision per document: two people asking at once, exactly one wins.
CREATE UNIQUE INDEX "DocumentPart_one_open_revision" ON "DocumentPart"("contributionId") WHERE "kind" = 'REVISION' AND "status" IN ('REQUESTED', 'SUBMITTED');

ALTER TABLE "DocumentPart" ADD CONSTRAINT "DocumentPart_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "Contribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;
