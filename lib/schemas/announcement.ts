/**
 * A message from the secretariat to the contributors of a consultation: which contributions'
 * authors receive it (by status; none chosen: every contribution that is not a draft), and the
 * subject and text in English (required) and any other of the six languages.
 */
import { z } from "zod";
import { optionalText, requiredText } from "./text";
import { ZId } from "./id";
import { QUEUE_STATUSES } from "./queue";

export const ANNOUNCEMENT_LANGUAGES = ["en", "ar", "fr", "es", "ru", "zh"] as const;

const subject = optionalText(200);
const body = optionalText(10_000);

export const ZAnnouncementInput = z.object({
  consultationId: ZId,
  statuses: z.array(z.enum(QUEUE_STATUSES)).max(QUEUE_STATUSES.length).default([]),
  subject_en: requiredText(200, 3, { singleLine: true }),
  body_en: requiredText(10_000),
  subject_ar: subject,
  body_ar: body,
  subject_fr: subject,
  body_fr: body,
  subject_es: subject,
  body_es: body,
  subject_ru: subject,
  body_ru: body,
  subject_zh: subject,
  body_zh: body,
});
export type TAnnouncementInput = z.output<typeof ZAnnouncementInput>;
