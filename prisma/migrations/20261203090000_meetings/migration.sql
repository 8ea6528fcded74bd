-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "place" TEXT,
    "virtual" BOOLEAN NOT NULL DEFAULT false,
    "documentsDeadline" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Zurich',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDocument" (
    "meetingId" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addedById" TEXT NOT NULL,

    CONSTRAINT "MeetingDocument_pkey" PRIMARY KEY ("meetingId","contributionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_number_key" ON "Meeting"("number");

-- CreateIndex
CREATE INDEX "MeetingDocument_contributionId_idx" ON "MeetingDocument"("contributionId");

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "Contribution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Limits the service checks, repeated by the database (added by hand)
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_number_positive" CHECK ("number" > 0 AND "number" < 10000);
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_days_in_order" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_place_length" CHECK ("place" IS NULL OR char_length("place") BETWEEN 1 AND 200);
