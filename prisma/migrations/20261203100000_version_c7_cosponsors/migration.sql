-- Issue 15 item 10: a version also records the C7 sub-items and the co-sponsors at the time it
-- was taken, so that comparing versions shows every field a contributor can change. Versions taken
-- before this migration hold none (their history is not known: nothing is invented for them).
ALTER TABLE "ContributionVersion" ADD COLUMN "c7SubItems" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "ContributionVersion" ADD COLUMN "cosponsors" JSONB NOT NULL DEFAULT '[]';
