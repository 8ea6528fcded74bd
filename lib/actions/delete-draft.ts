"use server";
/** Deleting a draft (form post; works without JavaScript). Redirects to "My contributions" on success. */
import { z } from "zod";
import { serverAction } from "./action-client";
import { deleteDraft } from "@/lib/services/contributions/delete-draft";

export const deleteDraftAction = serverAction({
  schema: z.object({ contributionId: z.string().min(1).max(100) }),
  run: (input, { actor }) => deleteDraft(actor, input.contributionId),
  redirectTo: () => `/my?deleted=1`,
});
