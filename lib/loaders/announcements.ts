/** Screen loader of the secretariat's messages to contributors: the form's choices and the record. */
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { listConsultations } from "@/lib/services/consultations/get-consultations";
import { listAnnouncements } from "@/lib/services/consultations/list-announcements";
import { pickLocalised } from "@/lib/localised";

export async function loadAnnouncementsView(actor: Actor, locale: string) {
  const [consultations, sent] = await Promise.all([listConsultations(), listAnnouncements(actor)]);
  return {
    consultations: consultations.map((c) => ({ id: c.id, title: pickLocalised(c.title, locale) })),
    sent: sent.map((a) => ({
      id: a.id,
      sentAt: a.sentAt,
      statuses: a.statuses,
      recipients: a.recipientCount,
      subject: pickLocalised(a.subject, locale),
      consultation: pickLocalised(a.consultation.title, locale),
    })),
  };
}
