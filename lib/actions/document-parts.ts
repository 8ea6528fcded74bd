"use server";
/** Revisions, addenda and corrigenda (the secretariat's request and decision, the organisation's text) and language versions. */
import { serverAction } from "./action-client";
import { ZPartDecision, ZPartRequest, ZPartSubmission } from "@/lib/schemas/document-part";
import { requestDocumentPart } from "@/lib/services/documents/request-part";
import { submitDocumentPart } from "@/lib/services/documents/submit-part";
import { decideDocumentPart } from "@/lib/services/documents/decide-part";
import { ZLanguageVersionInput } from "@/lib/schemas/language-version";
import { saveLanguageVersion } from "@/lib/services/documents/language-versions";

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
  publicChange: true,
  schema: ZPartDecision,
  run: (input, { actor }) => decideDocumentPart(actor, input),
  revalidate: (r) => `/secretariat/contributions/${r.contributionId}`,
});

export const saveLanguageVersionAction = serverAction({
  publicChange: true,
  schema: ZLanguageVersionInput,
  run: (input, { actor }) => saveLanguageVersion(actor, input),
  revalidate: (_r, input) => `/secretariat/contributions/${input.contributionId}`,
  echo: true,
});
