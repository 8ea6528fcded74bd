/**
 * ExportRecord: one contribution as every export format sees it (CSV, XLSX, JSON, DOCX), built by
 * lib/services/exports/load-export-records.ts. Pure types, no database.
 *
 * The public part is what the public may read of an accepted contribution; the `internal` part is
 * for the secretariat only (status, decision and deadline dates). Deliberately absent, whatever
 * the caller: people (no names, no e-mail addresses), drafts, decision notes and extension
 * reasons (messages to one organisation, not part of a CWG document), audit events and e-mails.
 */
export interface ExportAnswer {
  /** 1-based position of the guiding question in its consultation. */
  position: number;
  /** The question in each language a source gave, e.g. { en: "…", ar: "…" }. */
  question: Record<string, string>;
  text: string;
}

/** One Action Line revision proposal, with the baseline text it amends (marks are recomputed). */
export interface ExportProposal {
  /** ITU form SOURCE/DOCUMENT/serial, e.g. EXA/WSIS20-C-0007/3. */
  number: string | null;
  position: number;
  marker: "ADD" | "MOD" | "SUP" | "NOC";
  /** Provision reference, e.g. "9 d) i)" (ADD: the provision it follows). */
  ref: string;
  actionLine: string;
  baselineVersion: number;
  baselineText: string;
  baselineLanguage: string;
  /** MOD: the provision as amended; ADD: the new text; SUP, NOC: "". */
  text: string;
  reasons: string;
  /** PENDING, ACCEPTED, NOTED or NOT_ACCEPTED (the secretariat's decision on this proposal). */
  decision: string;
}

export interface ExportRecord {
  /** Receipt number, e.g. WSIS20-C-0001 (null never happens for non-drafts, kept nullable as in the schema). */
  referenceNumber: string | null;
  /** Given on acceptance, e.g. CWG-WSIS&SDG/WSIS20/1; null before. */
  documentNumber: string | null;
  title: string;
  summary: string;
  /** Full text, never truncated here (XLSX truncates its own cells). */
  body: string;
  /** ISO 639-1 code of the original language: ar, zh, en, fr, ru, es. */
  language: string | null;
  type: "GENERAL_INPUT" | "ACTION_LINE_REVISION";
  /** Action Line codes C1–C11, as submitted. */
  actionLines: string[];
  /** C7 sub-item keys (lib/reference c7Subitems, e.g. "e-health"), only with C7. */
  c7SubItems: string[];
  /** SDG numbers 1–17. */
  sdgs: number[];
  organisation: {
    name: string;
    shortCode: string;
    membershipCategory: string;
    stakeholderGroup: string;
    /** ISO 3166-1 alpha-2 or null. */
    country: string | null;
    /** ITU region A–E or null. */
    ituRegion: string | null;
  };
  consultation: { code: string; slug: string; title: Record<string, string> };
  answers: ExportAnswer[];
  /** Action Line revision proposals, in order ([] for a general input). */
  proposals: ExportProposal[];
  /** Translations of the published document (issue 14 item 2), each with its ITU number (…-F). */
  languageVersions?: ExportLanguageVersion[];
  submittedAt: Date | null;
  publishedAt: Date | null;
  internal: {
    /** Database id (links back to /secretariat/contributions/<id>). */
    id: string;
    status: string;
    decidedAt: Date | null;
    updatedAt: Date;
    /** Deadline extension granted to this contribution, if any. */
    extendedUntil: Date | null;
  };
}

/** A localised JSON text ({ en, ar, … }) as a plain record of strings; anything else is dropped. */
export function localisedRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
}


export interface ExportLanguageVersion {
  language: string;
  documentNumber: string;
  title: string;
  summary: string;
  body: string;
}

/**
 * `r` as read in `language` (a compilation in one language): the version in that language when
 * there is one (its title, summary, text, language and ITU number), else the original unchanged.
 */
export function inLanguage(r: ExportRecord, language: string | null | undefined): ExportRecord {
  const v = language && language !== r.language ? r.languageVersions?.find((x) => x.language === language) : undefined;
  return v ? { ...r, title: v.title, summary: v.summary || r.summary, body: v.body, language: v.language, documentNumber: v.documentNumber } : r;
}
