-- CreateEnum
CREATE TYPE "ProposalMarker" AS ENUM ('ADD', 'MOD', 'SUP', 'NOC');

-- CreateEnum
CREATE TYPE "ProposalDecision" AS ENUM ('PENDING', 'ACCEPTED', 'NOTED', 'NOT_ACCEPTED');

-- AlterTable
ALTER TABLE "ContributionVersion" ADD COLUMN     "proposals" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "BaselineText" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "documentRef" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "caveats" JSONB NOT NULL DEFAULT '[]',
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "loadedById" TEXT,

    CONSTRAINT "BaselineText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BaselineProvision" (
    "id" TEXT NOT NULL,
    "baselineId" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "actionLine" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "partial" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,

    CONSTRAINT "BaselineProvision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevisionProposal" (
    "id" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "marker" "ProposalMarker" NOT NULL,
    "provisionId" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "reasons" TEXT NOT NULL DEFAULT '',
    "number" TEXT,
    "decision" "ProposalDecision" NOT NULL DEFAULT 'PENDING',
    "decisionNote" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,

    CONSTRAINT "RevisionProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BaselineText_version_key" ON "BaselineText"("version");

-- CreateIndex
CREATE INDEX "BaselineProvision_baselineId_actionLine_position_idx" ON "BaselineProvision"("baselineId", "actionLine", "position");

-- CreateIndex
CREATE UNIQUE INDEX "BaselineProvision_baselineId_ref_key" ON "BaselineProvision"("baselineId", "ref");

-- CreateIndex
CREATE UNIQUE INDEX "BaselineProvision_baselineId_position_key" ON "BaselineProvision"("baselineId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RevisionProposal_number_key" ON "RevisionProposal"("number");

-- CreateIndex
CREATE INDEX "RevisionProposal_provisionId_idx" ON "RevisionProposal"("provisionId");

-- CreateIndex
CREATE UNIQUE INDEX "RevisionProposal_contributionId_position_key" ON "RevisionProposal"("contributionId", "position");

-- AddForeignKey
ALTER TABLE "BaselineProvision" ADD CONSTRAINT "BaselineProvision_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "BaselineText"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevisionProposal" ADD CONSTRAINT "RevisionProposal_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "Contribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevisionProposal" ADD CONSTRAINT "RevisionProposal_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "BaselineProvision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevisionProposal" ADD CONSTRAINT "RevisionProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Limits repeated from lib/schemas/proposal.ts (code points), and the marker rules the database
-- can state on its own: SUP and NOC carry no text (a draft MOD or ADD may still be empty).
ALTER TABLE "RevisionProposal"
  ADD CONSTRAINT "RevisionProposal_text_length" CHECK (char_length("text") <= 20000),
  ADD CONSTRAINT "RevisionProposal_reasons_length" CHECK (char_length("reasons") <= 5000),
  ADD CONSTRAINT "RevisionProposal_position_positive" CHECK ("position" >= 1),
  ADD CONSTRAINT "RevisionProposal_no_text_on_sup_noc" CHECK (NOT ("marker" IN ('SUP', 'NOC') AND "text" <> ''));
ALTER TABLE "BaselineProvision"
  ADD CONSTRAINT "BaselineProvision_kind" CHECK ("kind" IN ('chapeau', 'subparagraph', 'heading')),
  ADD CONSTRAINT "BaselineProvision_action_line" CHECK ("actionLine" ~ '^C([1-9]|1[01])$');
