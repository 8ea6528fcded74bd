/**
 * GET /feed.xml — Atom feed (RFC 4287) of newly published contributions, built with `feed`.
 * An entry from an organisation that is not an ITU member says so (as the contribution's page
 * does): the label opens its summary and it carries the category "non-member".
 */
import { Feed } from "feed";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { listPublicContributions } from "@/lib/services/open-data/public-contributions";
import { baseUrlOf } from "@/lib/services/open-data/base-url";
import { xmlText } from "@/lib/exports/xml-text";
import en from "@/messages/en.json";

const NON_MEMBER = en.contribution.nonMemberLabel;

/**
 * The feed library writes titles and summaries as type="html": escape user text so a feed reader
 * shows it literally ("<b>" stays text) instead of interpreting it. Characters XML 1.0 cannot
 * carry are dropped (xmlText): input refuses them, but one stored before that rule would make
 * the feed ill-formed for every reader.
 */
function asHtmlText(s: string): string {
  return xmlText(s).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

export async function GET(request: Request) {
  const base = baseUrlOf(request);
  const { data } = await listPublicContributions(parsePublicSearch({}), null, 50, base);
  const feed = new Feed({
    id: `${base}/en/contributions`,
    link: `${base}/en/contributions`,
    title: "WSIS+20 Contributions Portal — published contributions",
    description: "Inputs to the ITU Council Working Group on WSIS and SDGs, as they are published.",
    language: "en",
    copyright: "",
    updated: data[0] ? new Date(data[0].publishedAt) : new Date(0),
    feedLinks: { atom: `${base}/feed.xml` },
  });
  for (const c of data) {
    const nonMember = c.organisation.membershipCategory === "NON_MEMBER";
    feed.addItem({
      id: c.url,
      link: c.url,
      title: asHtmlText(`${c.documentNumber} — ${c.title}`),
      description: asHtmlText(nonMember ? `${NON_MEMBER}. ${c.summary}` : c.summary),
      date: new Date(c.publishedAt),
      author: [{ name: xmlText(c.organisation.name) }],
      category: [...c.actionLines.map((name) => ({ name: xmlText(name) })), ...(nonMember ? [{ name: "non-member", term: "non-member" }] : [])],
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" } });
}
