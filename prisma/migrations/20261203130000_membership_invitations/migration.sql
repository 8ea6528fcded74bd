-- Issue 12 item 5: a focal point invites a person to an organisation, and the person accepts.
ALTER TABLE "Membership" ADD COLUMN "invitedById" TEXT, ADD COLUMN "invitedAt" TIMESTAMP(3);
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
