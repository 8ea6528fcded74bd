"use client";
import { useLocale } from "next-intl";

/**
 * next-auth's client (10 kB gzip) is loaded when the button is pressed, not with every page that
 * shows the header (issue 16: JavaScript on public pages).
 */
export function SignOutButton({ label }: { label: string }) {
  const locale = useLocale();
  return (
    <button type="button" className="secondary" onClick={async () => (await import("next-auth/react")).signOut({ callbackUrl: `/${locale}` })}>
      {label}
    </button>
  );
}
