/**
 * The secretariat's queue (/secretariat): the URL's filters parsed leniently, one page of rows in
 * the queue's scope, the person's column and density preferences, and the assignees for the bulk
 * form. The page number shown is clamped to the pages there are.
 */
import "server-only";
import type { UserActor } from "@/lib/auth/guard";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { countArrivedSince, listQueue } from "@/lib/services/contributions/list-queue";
import { listAssignees } from "@/lib/services/triage/assign-contribution";
import { getQueuePreferences } from "@/lib/services/preferences/queue-preferences";

export async function loadQueueView(actor: UserActor, search: Record<string, string | string[] | undefined>, locale: string) {
  const query = parseQueueQuery(search, locale);
  const [page, preferences, assignees, arrived] = await Promise.all([listQueue(actor, query), getQueuePreferences(actor), listAssignees(actor), countArrivedSince(actor, query)]);
  // The filter the page hands to its links and forms: the URL's own parameters (the locale travels apart).
  const { page: _page, size: _size, locale: _locale, ...filter } = query;
  // Contributions that arrived after this reading began (issue 12 item 13): said, with a link to a
  // fresh first page (same filters and order, no asof).
  const { asof: _asof, ...fresh } = filter;
  const freshQuery = new URLSearchParams(Object.entries(fresh).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
  return { query, filter, page, currentPage: Math.min(query.page, page.pageCount), preferences, assignees, arrived, freshHref: `/secretariat?${freshQuery}` };
}
