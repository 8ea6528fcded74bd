"use server";
/** Saving a consultation (secretariat). On failure the typed values come back with the errors. */
import { serverAction } from "./action-client";
import { ZConsultationInput, consultationFormValues } from "@/lib/schemas/consultation";
import { saveConsultation } from "@/lib/services/consultations/save-consultation";

export const saveConsultationAction = serverAction({
  publicChange: true,
  schema: ZConsultationInput,
  fromForm: consultationFormValues,
  run: (input, { actor }) => saveConsultation(actor, input),
  redirectTo: ({ id }) => `/secretariat/consultations?saved=${id}`,
  echo: true,
});
