"use client";
/**
 * An unsaved copy of a form kept in this browser (localStorage), per form key, so text typed while
 * the session had expired survives closing the tab (issue 15 item 5). The copy is written as the
 * person types and removed once the server has saved the form (or it was submitted). When the
 * form opens and a copy differs from what the form shows, the person is offered to restore it
 * or discard it; nothing is replaced without asking, and the copy is not overwritten while the
 * offer waits.
 *
 * Keys: `wsis20:unsaved:<contribution id>` for a saved draft or a revision, and
 * `wsis20:unsaved:new:<consultation id>` for a form whose draft was never saved. The form's own
 * idempotency key is never restored (a restored copy is new input for this form).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";

const PREFIX = "wsis20:unsaved:";
const WRITE_DELAY_MS = 300;
/** Fields a copy never carries back into the form. */
const NOT_RESTORED = new Set(["idempotencyKey", "consultationId"]);

export function localCopyKey(contributionId: string | null | undefined, consultationId: string): string {
  return contributionId ? `${PREFIX}${contributionId}` : `${PREFIX}new:${consultationId}`;
}

interface StoredCopy {
  savedAt: string;
  values: Record<string, unknown>;
}

function comparable(values: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(values).filter(([k]) => !NOT_RESTORED.has(k))));
}

/** Reads a stored copy; null when there is none or it is unreadable. */
export function readLocalCopy(storage: Pick<Storage, "getItem">, key: string): StoredCopy | null {
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? "null") as StoredCopy | null;
    return parsed && typeof parsed.savedAt === "string" && parsed.values && typeof parsed.values === "object" ? parsed : null;
  } catch {
    return null;
  }
}

type Watch = (callback: () => void) => { unsubscribe: () => void };

export function useLocalCopy({ storageKey, watch, getValues, setValue, enabled = true }: { storageKey: string; watch: Watch; getValues: () => Record<string, unknown>; setValue: (name: string, value: unknown) => void; enabled?: boolean }) {
  const [offer, setOffer] = useState<StoredCopy | null>(null);
  const offerRef = useRef<StoredCopy | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!enabled) return;
    const copy = readLocalCopy(window.localStorage, storageKey);
    // Read after mount (localStorage exists only in the browser); shown on the next tick.
    let shown: ReturnType<typeof setTimeout> | undefined;
    if (copy && comparable(copy.values) !== comparable(getValues())) {
      offerRef.current = copy;
      shown = setTimeout(() => setOffer(copy), 0);
    }
    const subscription = watch(() => {
      if (offerRef.current) return; // keep the copy on offer until the person decides
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        try {
          window.localStorage.setItem(storageKey, JSON.stringify({ savedAt: new Date().toISOString(), values: getValues() }));
        } catch {
          // Storage full or refused (private mode): the server's autosave still works.
        }
      }, WRITE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
      clearTimeout(shown);
    };
  }, [storageKey, watch, getValues, enabled]);

  const discard = useCallback(() => {
    offerRef.current = null;
    setOffer(null);
    try {
      window.localStorage.removeItem(storageKey);
    } catch {}
  }, [storageKey]);

  const restore = useCallback(() => {
    const copy = offerRef.current;
    offerRef.current = null;
    setOffer(null);
    if (!copy) return;
    for (const [name, value] of Object.entries(copy.values)) if (!NOT_RESTORED.has(name)) setValue(name, value);
  }, [setValue]);

  /** The server has the form now (saved or submitted): the copy is no longer needed. */
  const clear = useCallback(
    (key = storageKey) => {
      clearTimeout(timer.current);
      try {
        if (!offerRef.current) window.localStorage.removeItem(key);
      } catch {}
    },
    [storageKey],
  );

  return { offer, restore, discard, clear };
}

export function LocalCopyOffer({ savedAt, onRestore, onDiscard }: { savedAt: string; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations("localCopy");
  const format = useFormatter();
  return (
    <section className="notice" aria-labelledby="local-copy-heading" data-testid="local-copy-offer">
      <h2 id="local-copy-heading" style={{ marginBlockStart: 0, fontSize: "1.1rem" }}>
        {t("heading")}
      </h2>
      <p>{t("text", { time: format.dateTime(new Date(savedAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
      <p className="toolbar">
        <button type="button" onClick={onRestore}>
          {t("restore")}
        </button>{" "}
        <button type="button" className="secondary" onClick={onDiscard}>
          {t("discard")}
        </button>
      </p>
    </section>
  );
}
