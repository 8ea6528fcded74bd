/**
 * Page titles and language alternates. Every page gets its own <title> (the layout's template
 * adds the site's name), so a screen reader announces where a navigation landed; public pages
 * also list their six language versions (<link rel="alternate" hreflang>), with `x-default` the
 * locale-less address that negotiates a language.
 */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "./routing";

type Params = Promise<Record<string, string | string[]> & { locale: string }>;

/** The language versions of `path` (without locale, e.g. "/contributions"), for `alternates`. */
export function languageAlternates(locale: string, path: string): NonNullable<Metadata["alternates"]> {
  const suffix = path === "/" ? "" : path;
  return {
    canonical: `/${locale}${suffix}`,
    languages: { ...Object.fromEntries(routing.locales.map((l) => [l, `/${l}${suffix}`])), "x-default": path },
    types: { "application/atom+xml": "/feed.xml" },
  };
}

/**
 * A generateMetadata whose title is message `key` of `namespace`. With `publicPath` (a function
 * of the route's params giving the locale-less path), the page also gets its language alternates.
 */
export function titled(namespace: string, key: string, publicPath?: (params: Record<string, string>) => string) {
  return async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
    const p = (await params) as Record<string, string>;
    const t = await getTranslations({ locale: p.locale, namespace });
    const title = t(key);
    return publicPath ? { title, alternates: languageAlternates(p.locale, publicPath(p)) } : { title };
  };
}
