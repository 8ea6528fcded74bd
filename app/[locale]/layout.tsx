/**
 * The root layout, one per interface language: <html lang dir> from the URL's locale, so the
 * whole page mirrors in Arabic. Every page is rendered per request (they show live data and the
 * signed-in person).
 */
import "../globals.css";
import "../proposals.css";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { NextIntlClientProvider, hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { directionOf } from "@/lib/reference";
import { SiteHeader } from "@/components/layout/site-header";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
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
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider>
          <Suspense>
            <SiteHeader />
          </Suspense>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </NextIntlClientProvider>
        <footer className="site-footer">
          <div>
            <p>{tf("text")}</p>
            <p>
              {/* Route handlers (JSON, XML), not pages: plain links, no client-side navigation. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              {tf("openData")} <a href="/api/v1/contributions">JSON</a> · <a href="/api/v1/openapi.json">OpenAPI</a> ·{" "}
              <a href="/feed.xml" type="application/atom+xml">Atom</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
