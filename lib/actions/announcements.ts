"use server";
/** The secretariat's message to the contributors of a consultation. A refusal keeps every text typed. */
import { serverAction } from "./action-client";
import { listsOf } from "./read-form";
import { ZAnnouncementInput } from "@/lib/schemas/announcement";
import { sendAnnouncement } from "@/lib/services/consultations/send-announcement";

export const sendAnnouncementAction = serverAction({
  schema: ZAnnouncementInput,
  fromForm: listsOf("statuses"),
  run: (input, { actor }) => sendAnnouncement(actor, input),
  data: (result) => result,
  revalidate: () => "/secretariat/announcements",
  echo: true,
});
