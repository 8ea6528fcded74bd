-- Issue 14 item 3: the secretariat unpublishes a published document with a reason (and may
-- republish it). A status of its own, so every public query (status ACCEPTED, and the partial
-- indexes of published rows) leaves it out with no change. Its document number stays on the
-- row, so it is never given again.
ALTER TYPE "ContributionStatus" ADD VALUE IF NOT EXISTS 'UNPUBLISHED';

ALTER TABLE "Contribution" ADD COLUMN "unpublishedAt" TIMESTAMP(3), ADD COLUMN "unpublishReason" TEXT;
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_unpublishReason_length" CHECK (char_length("unpublishReason") BETWEEN 1 AND 5000);
