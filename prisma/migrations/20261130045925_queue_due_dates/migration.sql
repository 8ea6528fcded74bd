-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "dueOn" DATE;


-- The queue's "overdue" filter reads only rows with a due day (by hand: partial index).
CREATE INDEX "Contribution_queue_due_idx" ON "Contribution"("dueOn") WHERE "dueOn" IS NOT NULL AND "status" <> 'DRAFT';
