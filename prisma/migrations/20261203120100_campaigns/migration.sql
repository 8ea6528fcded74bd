-- Issue 14 item 4: campaigns. Near-identical texts sent by several organisations, grouped by the
-- secretariat around one representative contribution. The public page of the published
-- representative says how many organisations sent the same text and names those that agreed.
CREATE TABLE "Campaign" (
  "id" TEXT NOT NULL,
  "representativeId" TEXT NOT NULL,
  "confirmedById" TEXT,
  "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Campaign_representativeId_key" ON "Campaign"("representativeId");
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "Contribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Contribution" ADD COLUMN "campaignId" TEXT, ADD COLUMN "nameInCampaign" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "Contribution_campaignId_idx" ON "Contribution"("campaignId");
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;
