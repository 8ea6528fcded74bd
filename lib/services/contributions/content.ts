/**
 * Writing a contribution's content (fields and answers) and taking immutable version snapshots.
 * Used inside the caller's transaction by submit, save-draft and resubmit.
 */
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";
import type { TContributionInput, TDraftInput } from "@/lib/schemas/contribution";
import { ACTION_LINE_CODES, C7_SUBITEM_KEYS } from "@/lib/reference";
import { ACTIVE_COSPONSOR_STATUSES } from "@/lib/rules/statuses";
import { normaliseBodyText } from "@/lib/revision/normalise";
import { proposalSnapshot } from "@/lib/services/proposals/write-proposals";

type Tx = Prisma.TransactionClient;
type Content = Pick<TContributionInput | TDraftInput, "title" | "summary" | "body" | "language" | "actionLines" | "sdgs" | "answers"> & { c7SubItems?: string[]; nameInCampaign?: boolean };

/**
 * Column values of `input`'s content (SDGs sorted, language null while unknown, C7 sub-items
 * only when C7 is chosen, in the reference order). The Action Lines of the contribution's revision
 * proposals (`proposalLines`) are added to those chosen: a proposal on §9 concerns C2 whether or
 * not the box was ticked.
 */
export function contentColumns(input: Content, proposalLines: readonly string[] = []) {
  const lines = new Set<string>([...input.actionLines, ...proposalLines]);
  return {
    title: input.title,
    summary: input.summary,
    // The same tidying the form applied and showed (Word's bookmarks and footnote markers).
    body: normaliseBodyText(input.body).text,
    language: input.language ?? null,
    actionLines: proposalLines.length ? ACTION_LINE_CODES.filter((code) => lines.has(code)) : input.actionLines,
    sdgs: [...input.sdgs].sort((a, b) => a - b),
    c7SubItems: input.actionLines.includes("C7") ? C7_SUBITEM_KEYS.filter((k) => input.c7SubItems?.includes(k)) : [],
    nameInCampaign: input.nameInCampaign ?? false,
  };
}

/**
 * Answers with text, checked against the consultation's questions.
 * @throws AppError VALIDATION { answers: ["unknownQuestion"] } for a question of another consultation.
 */
export function checkedAnswers(answers: Content["answers"], questionIds: Set<string>) {
  const given = answers.filter((a) => a.text.length > 0);
  if (given.some((a) => !questionIds.has(a.questionId))) throw new AppError("VALIDATION", {}, { answers: ["unknownQuestion"] });
  return given;
}

/** Replaces the contribution's answers with `answers` (already checked). */
export async function replaceAnswers(tx: Tx, contributionId: string, answers: { questionId: string; text: string }[]) {
  await tx.contributionAnswer.deleteMany({ where: { contributionId } });
  if (answers.length) await tx.contributionAnswer.createMany({ data: answers.map((a) => ({ contributionId, questionId: a.questionId, text: a.text })) });
}

/**
 * Stores the contribution's current content as its next immutable version (1, 2, …) and
 * returns the version number. Call after the content was written, in the same transaction.
 */
export async function snapshotVersion(tx: Tx, contributionId: string, actorId: string): Promise<number> {
  const c = await tx.contribution.findUniqueOrThrow({
    where: { id: contributionId },
    include: {
      answers: { include: { question: { select: { position: true } } } },
      attachments: { select: { id: true, filename: true, sha256: true, size: true } },
      coSponsors: { where: { status: { in: [...ACTIVE_COSPONSOR_STATUSES] } }, select: { organisationId: true, status: true, organisation: { select: { name: true } } }, orderBy: { invitedAt: "asc" } },
      _count: { select: { versions: true } },
    },
  });
  const number = c._count.versions + 1;
  await tx.contributionVersion.create({
    data: {
      contributionId,
      number,
      title: c.title,
      summary: c.summary,
      body: c.body,
      language: c.language ?? "en",
      actionLines: c.actionLines,
      sdgs: c.sdgs,
      c7SubItems: c.c7SubItems,
      cosponsors: c.coSponsors.map((x) => ({ organisationId: x.organisationId, name: x.organisation.name, status: x.status })),
      answers: c.answers.map((a) => ({ questionId: a.questionId, position: a.question.position, text: a.text })).sort((a, b) => a.position - b.position),
      attachments: c.attachments,
      proposals: await proposalSnapshot(tx, contributionId),
      createdById: actorId,
    },
  });
  return number;
}

/**
 * Creates a new draft holding `input`'s content under its form key, audited as created.
 * Returns its id. The caller writes the answers.
 */
export async function createDraft(
  tx: Tx,
  actorId: string,
  input: Content & Pick<TDraftInput, "consultationId" | "organisationId" | "type" | "idempotencyKey">,
  now: Date,
  proposalLines: readonly string[] = [],
): Promise<string> {
  const { id } = await tx.contribution.create({
    data: {
      consultationId: input.consultationId,
      organisationId: input.organisationId,
      createdById: actorId,
      type: input.type,
      status: "DRAFT",
      idempotencyKey: input.idempotencyKey,
      ...contentColumns(input, proposalLines),
    },
    select: { id: true },
  });
  await recordAudit(tx, { actorId, action: "contribution.create", contributionId: id, toStatus: "DRAFT", at: now });
  return id;
}
