/**
 * What changed between two versions of a contribution besides its title, summary and body
 * (issue 15 item 10): language, Action Lines, C7 sub-items, SDGs, the answers to the guiding
 * questions, the attachments and the co-sponsors, from the immutable version snapshots. Pure: the page renders the result.
 * Revision proposals are compared by components/proposals/proposals-compare.tsx.
 */

export interface VersionSnapshot {
  language: string;
  actionLines: string[];
  sdgs: number[];
  /** Absent or empty in versions taken before sub-items were recorded. */
  c7SubItems?: string[];
  answers: unknown;
  attachments: unknown;
  /** [{ organisationId, name, status }]; empty in versions taken before co-sponsors were recorded. */
  cosponsors?: unknown;
}

export interface ListChange<T> {
  removed: T[];
  added: T[];
  kept: T[];
}

export interface AnswerChange {
  position: number;
  questionId: string;
  before: string;
  after: string;
}

export interface VersionChanges {
  language: { before: string; after: string } | null;
  actionLines: ListChange<string>;
  c7SubItems: ListChange<string>;
  sdgs: ListChange<number>;
  answers: AnswerChange[];
  attachments: ListChange<string>;
  /** Keyed by organisation and status, so an invitation that was confirmed shows as a change. */
  cosponsors: ListChange<CoSponsorEntry>;
}

export interface CoSponsorEntry {
  organisationId: string;
  name: string;
  status: string;
}

function listChange<T>(before: readonly T[], after: readonly T[]): ListChange<T> {
  return { removed: before.filter((x) => !after.includes(x)), added: after.filter((x) => !before.includes(x)), kept: after.filter((x) => before.includes(x)) };
}

type Answer = { questionId: string; position: number; text: string };
type Attachment = { filename: string; sha256: string };

const answersOf = (v: unknown): Answer[] => (Array.isArray(v) ? (v as Answer[]).filter((a) => a && typeof a.questionId === "string") : []);
const cosponsorsOf = (v: unknown): CoSponsorEntry[] =>
  Array.isArray(v) ? (v as CoSponsorEntry[]).filter((c) => c && typeof c.organisationId === "string" && typeof c.name === "string" && typeof c.status === "string") : [];
const attachmentsOf = (v: unknown): Attachment[] => (Array.isArray(v) ? (v as Attachment[]).filter((a) => a && typeof a.filename === "string") : []);

/** An attachment is the same when its name and content are: a renamed or replaced file is a removal and an addition. */
const attachmentKey = (a: Attachment) => `${a.filename}\u0000${a.sha256}`;

export function versionChanges(a: VersionSnapshot, b: VersionSnapshot): VersionChanges {
  const before = new Map(answersOf(a.answers).map((x) => [x.questionId, x]));
  const after = new Map(answersOf(b.answers).map((x) => [x.questionId, x]));
  const answers: AnswerChange[] = [...new Set([...before.keys(), ...after.keys()])]
    .map((questionId) => ({ questionId, position: (after.get(questionId) ?? before.get(questionId))!.position, before: before.get(questionId)?.text ?? "", after: after.get(questionId)?.text ?? "" }))
    .filter((x) => x.before !== x.after)
    .sort((x, y) => x.position - y.position);
  const files = (v: unknown) => attachmentsOf(v).map(attachmentKey);
  const name = (key: string) => key.split("\u0000")[0];
  const att = listChange(files(a.attachments), files(b.attachments));
  const cosponsorKey = (c: CoSponsorEntry) => `${c.organisationId}\u0000${c.status}`;
  const entries = new Map([...cosponsorsOf(a.cosponsors), ...cosponsorsOf(b.cosponsors)].map((c) => [cosponsorKey(c), c]));
  const cs = listChange(cosponsorsOf(a.cosponsors).map(cosponsorKey), cosponsorsOf(b.cosponsors).map(cosponsorKey));
  const entry = (key: string) => entries.get(key)!;
  return {
    language: a.language !== b.language ? { before: a.language, after: b.language } : null,
    actionLines: listChange(a.actionLines, b.actionLines),
    c7SubItems: listChange(a.c7SubItems ?? [], b.c7SubItems ?? []),
    sdgs: listChange(a.sdgs, b.sdgs),
    answers,
    attachments: { removed: att.removed.map(name), added: att.added.map(name), kept: att.kept.map(name) },
    cosponsors: { removed: cs.removed.map(entry), added: cs.added.map(entry), kept: cs.kept.map(entry) },
  };
}

/** Whether anything in `c` changed. */
export function hasVersionChanges(c: VersionChanges): boolean {
  const changed = (l: ListChange<unknown>) => l.removed.length + l.added.length > 0;
  return Boolean(c.language) || changed(c.actionLines) || changed(c.c7SubItems) || changed(c.sdgs) || c.answers.length > 0 || changed(c.attachments) || changed(c.cosponsors);
}
