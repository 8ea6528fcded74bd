"use server";
/** Revisions, addenda and corrigenda: the secretariat's request and decision, the organisation's text. */
import { serverAction } from "./action-client";
import { ZPartDecision, ZPartRequest, ZPartSubmission } from "@/lib/schemas/document-part";
import { requestDocumentPart } from "@/lib/services/documents/request-part";
import { submitDocumentPart } from "@/lib/services/documents/submit-part";
import { decideDocumentPart } from "@/lib/services/documents/decide-part";

export const requestDocumentPartAction = serverAction({
  schema: ZPartRequest,
  run: (input, { actor }) => requestDocumentPart(actor, input),
  revalidate: (_r, input) => `/secretariat/contributions/${input.contributionId}`,
});

export const submitDocumentPartAction = serverAction({
  schema: ZPartSubmission,
  run: (input, { actor }) => submitDocumentPart(actor, input),
  revalidate: (_r, input) => `/my/contributions/${input.contributionId}`,
  echo: true,
});

export const decideDocumentPartAction = serverAction({
  schema: ZPartDecision,
  run: (input, { actor }) => decideDocumentPart(actor, input),
  revalidate: (r) => `/secretariat/contributions/${r.contributionId}`,
});
