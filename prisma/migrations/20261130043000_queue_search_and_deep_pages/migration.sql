-- The secretariat queue at 50,000 contributions (npm run bench:queue, ARCHITECTURE.md "Queue").
--
-- The queue finds a page's ids first (lib/services/contributions/queue-where.ts: queueIds), over
-- rows that are not drafts, in the order of the chosen column then id. One partial index per sort
-- column, on (column, id) and limited to non-drafts, answers that as an index-only scan read in
-- order: page 1,500 sorted by title read 37,500 index entries in about 5 ms instead of sorting
-- every non-draft row (about 60 ms, and more with the wider rows Prisma selected). Descending
-- orders read the same indexes backwards. The WHERE must stay identical to QUEUE_SQL
-- (lib/auth/scopes.ts). Prisma cannot express partial indexes, so they live here only.
CREATE INDEX "Contribution_queue_title_idx" ON "Contribution"("title", "id") WHERE "status" <> 'DRAFT';
CREATE INDEX "Contribution_queue_reference_idx" ON "Contribution"("referenceNumber", "id") WHERE "status" <> 'DRAFT';
CREATE INDEX "Contribution_queue_status_idx" ON "Contribution"("status", "id") WHERE "status" <> 'DRAFT';
-- The default order's index also carries the columns the common filters read (status, type,
-- language, Action Lines, SDGs, organisation, assignee), so a filtered first page and its count
-- are index-only scans too: status SUBMITTED + C5 + Arabic went from 63 ms (page) and 141 ms
-- (count, a sequential scan of the wide table) to 1 ms and 37 ms.
CREATE INDEX "Contribution_queue_submitted_idx" ON "Contribution"("submittedAt", "id")
  INCLUDE ("status", "type", "language", "actionLines", "sdgs", "organisationId", "assigneeId") WHERE "status" <> 'DRAFT';
