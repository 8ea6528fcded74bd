"use client";
/**
 * Where the keyboard and the screen reader land after a client-side navigation. A full page
 * load starts at the top by itself; a client-side one leaves focus on the link that was clicked
 * (often in the header), so:
 * - a success notice on the new page (e.g. "Your contribution has been submitted", after the form
 *   moved to the contribution's page) takes the focus, so it is read at once;
 * - otherwise, after following a link or going back/forward, <main> takes it (Next.js's route
 *   announcer reads the new page's <title>).
 * Address changes nobody asked for (the autosaved draft moving to its edit page, filters
 * written into the query) leave the focus where the person is typing.
 */
import { useEffect, useRef } from "react";
import { useSearchParams } from "next/navigation";
import { usePathname } from "@/i18n/navigation";

const INTENT_MS = 10_000;

export function ArrivalFocus() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const intent = useRef(0);
  const previous = useRef<string | null>(null);

  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.target instanceof Element && e.target.closest("a[href]")) intent.current = Date.now();
    };
    const onPop = () => (intent.current = Date.now());
    document.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPop);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPop);
    };
  }, []);

  useEffect(() => {
    const before = previous.current;
    previous.current = pathname;
    if (before === null) return; // the first render of a full page load
    const notice = document.querySelector<HTMLElement>("main [data-arrival-focus], main .notice.success");
    const followed = before !== pathname && Date.now() - intent.current < INTENT_MS;
    const target = notice ?? (followed ? document.getElementById("main") : null);
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
    intent.current = 0;
  }, [pathname, search]);

  return null;
}
