/**
 * The root layout, one per interface language: <html lang dir> from the URL's locale, so the
 * whole page mirrors in Arabic. Every page is rendered per request (they show live data and the
 * signed-in person).
 */
import "../globals.css";
import "../proposals.css";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeDirection, routing } from "@/i18n/routing";
import { SiteHeader } from "@/components/layout/site-header";
import { ArrivalFocus } from "@/components/layout/arrival-focus";
import { ClientMessages } from "@/components/layout/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    // Absolute URLs for the language alternates (i18n/metadata.ts); without NEXTAUTH_URL Next
    // resolves them against the local server.
    metadataBase: process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL) : undefined,
    alternates: { types: { "application/atom+xml": "/feed.xml" } },
  };
}

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("nav");
  const tf = await getTranslations("footer");
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {/* The header's and the error page's messages, and the public pages' (local times); each
            signed-in section's layout hands its own (components/layout/client-messages.tsx). */}
        <ClientMessages namespaces={["consultation", "error", "nav"]}>
          <Suspense>
            <SiteHeader />
            <ArrivalFocus />
          </Suspense>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </ClientMessages>
        <footer className="site-footer">
          <div>
            <p>{tf("text")}</p>
            {/* A list, not a run of Latin words: in Arabic the links then follow the page's direction. */}
            <p id="open-data-label">{tf("openData")}</p>
            {/* Route handlers (JSON, CSV, XML), not pages: plain links, no client-side navigation. */}
            <ul className="inline-list" aria-labelledby="open-data-label">
              {/* eslint-disable @next/next/no-html-link-for-pages */}
              <li><a href="/api/v1/contributions">JSON</a></li>
              <li><a href="/api/v1/openapi.json">OpenAPI</a></li>
              <li><a href={`/api/v1/contributions.csv?locale=${locale}`}>CSV</a></li>
              <li><a href="/feed.xml" type="application/atom+xml">Atom</a></li>
            </ul>
            <nav aria-label={tf("legalNav")}>
              <ul className="footer-links">
                <li><a href={`/${locale}/privacy`}>{tf("privacy")}</a></li>
                <li><a href={`/${locale}/terms`}>{tf("terms")}</a></li>
                <li><a href={`/${locale}/accessibility`}>{tf("accessibility")}</a></li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}
