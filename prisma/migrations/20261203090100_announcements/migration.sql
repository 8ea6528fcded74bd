-- CreateTable
CREATE TABLE "Announcement" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "statuses" "ContributionStatus"[],
    "subject" JSONB NOT NULL,
    "body" JSONB NOT NULL,
    "sentById" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recipientCount" INTEGER NOT NULL,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Announcement_consultationId_sentAt_idx" ON "Announcement"("consultationId", "sentAt");

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

