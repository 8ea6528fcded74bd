-- The queue's pages sorted by title, reference number or status as index-only scans again
-- (issue 16, npm run bench:queue).
--
-- Every queue reading is held at the instant it started (lib/services/contributions/list-queue.ts,
-- asof: "submittedAt" IS NULL OR "submittedAt" <= the instant), and the (column, id) indexes of
-- 20261130043000_queue_search_and_deep_pages did not carry "submittedAt", so PostgreSQL read the
-- whole wide table instead: page 1,500 by title took 115 to 176 ms, 36 to 45 ms with the column
-- included (50,000 contributions). The default order's index has it already. Rebuilding the
-- three holds a lock on "Contribution" for as long as they take (under a second at 50,000 rows):
-- apply it outside a deadline.
DROP INDEX "Contribution_queue_title_idx";
CREATE INDEX "Contribution_queue_title_idx" ON "Contribution"("title", "id") INCLUDE ("submittedAt") WHERE "status" <> 'DRAFT';
DROP INDEX "Contribution_queue_reference_idx";
CREATE INDEX "Contribution_queue_reference_idx" ON "Contribution"("referenceNumber", "id") INCLUDE ("submittedAt") WHERE "status" <> 'DRAFT';
DROP INDEX "Contribution_queue_status_idx";
CREATE INDEX "Contribution_queue_status_idx" ON "Contribution"("status", "id") INCLUDE ("submittedAt") WHERE "status" <> 'DRAFT';
