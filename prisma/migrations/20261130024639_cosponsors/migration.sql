-- CreateEnum
CREATE TYPE "CoSponsorStatus" AS ENUM ('INVITED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "CoSponsor" (
    "id" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "CoSponsorStatus" NOT NULL DEFAULT 'INVITED',
    "invitedById" TEXT NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedById" TEXT,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "CoSponsor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CoSponsor_organisationId_status_idx" ON "CoSponsor"("organisationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CoSponsor_contributionId_organisationId_key" ON "CoSponsor"("contributionId", "organisationId");

-- AddForeignKey
ALTER TABLE "CoSponsor" ADD CONSTRAINT "CoSponsor_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "Contribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoSponsor" ADD CONSTRAINT "CoSponsor_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoSponsor" ADD CONSTRAINT "CoSponsor_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoSponsor" ADD CONSTRAINT "CoSponsor_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

