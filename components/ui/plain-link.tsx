/**
 * A link to another page of the portal, in the page's language, as a plain `<a>`: following it
 * loads the page (no client-side navigation, no prefetch). For the long server-rendered lists of
 * the public pages (25 result cards, their Action Line tags, a hundred facet values) and the
 * secretariat's duplicate clusters (up to 250 examples): as next-intl's `Link` each is a client
 * component, so the server serialises and renders every one twice (React payload and HTML), the
 * browser hydrates every one, and next/link prefetches every one that scrolls into view. Measured
 * on the public list: 136 links of 204 payload rows (docs/performance.md). Inside a client
 * component (the campaign candidates' up to 1,000 members) the gain is the router's work and the
 * prefetch of a contribution page per link scrolled into view.
 */
import { useLocale } from "next-intl";
import { getPathname } from "@/i18n/navigation";

export function PlainLink({ href, ...rest }: Omit<React.ComponentProps<"a">, "href"> & { href: string }) {
  const locale = useLocale();
  return <a href={getPathname({ href, locale })} {...rest} />;
}
