/**
 * Hands the browser only the message namespaces its client components use (issue 16: the whole
 * catalogue, 21 kB gzip, was in every page's HTML). The root layout passes the few the header and
 * the error page need; a section's layout wraps its pages in one of these with theirs. A nested
 * provider replaces the outer one for everything inside it, so a list names every namespace its
 * pages' client components read: tests/unit/client-messages.test.ts walks the imports and checks
 * that each list is exactly that.
 */
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
