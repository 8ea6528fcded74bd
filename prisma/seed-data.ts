/**
 * What the seed creates: one open consultation (the WSIS+20 review), fictional organisations of
 * several categories and stakeholder groups, and one person per role. Sign in with any of these
 * addresses; the link arrives in the development mailbox (/dev/mailbox).
 */
import type { ConsultationSpec, OrganisationSpec, UserSpec } from "./factories";

export const SEED_ORGANISATIONS: OrganisationSpec[] = [
  { name: "Ministry of Digital Affairs of Exampleland", shortCode: "EXA", membershipCategory: "MEMBER_STATE", stakeholderGroup: "GOVERNMENT", country: "CH", ituRegion: "B" },
  { name: "Example Telecommunications Union", shortCode: "ETU", membershipCategory: "SECTOR_MEMBER", stakeholderGroup: "INTERNATIONAL_ORGANIZATION", country: null, ituRegion: "D" },
  { name: "Northwind Networks", shortCode: "NWN", membershipCategory: "SECTOR_MEMBER", stakeholderGroup: "PRIVATE_SECTOR", country: "KE", ituRegion: "D" },
  { name: "Open Knowledge Example Network", shortCode: "OKN", membershipCategory: "NON_MEMBER", stakeholderGroup: "CIVIL_SOCIETY", country: "BR", ituRegion: "A" },
  { name: "Example Institute of Technology", shortCode: "EIT", membershipCategory: "ACADEMIA", stakeholderGroup: "ACADEMIC_COMMUNITY", country: "JP", ituRegion: "E" },
];

/** People, by organisation short code. */
export const SEED_USERS: (Omit<UserSpec, "organisationId"> & { organisation?: string })[] = [
  { email: "contributor@example.org", name: "Casey Contributor", organisation: "EXA", membershipRole: "CONTRIBUTOR" },
  { email: "focal.point@example.org", name: "Farah Focal", organisation: "EXA", membershipRole: "FOCAL_POINT" },
  { email: "contributor.ar@example.org", name: "Nadia Example", locale: "ar", organisation: "ETU", membershipRole: "CONTRIBUTOR" },
  { email: "focal.point.ar@example.org", name: "Omar Example", locale: "ar", organisation: "ETU", membershipRole: "FOCAL_POINT" },
  { email: "pending@example.org", name: "Pat Pending", organisation: "NWN", membershipRole: "CONTRIBUTOR", verified: false },
  { email: "secretariat@example.org", name: "Sam Secretariat", role: "SECRETARIAT" },
  { email: "admin@example.org", name: "Ada Admin", role: "ADMIN" },
];

export const SEED_CONSULTATION: ConsultationSpec = {
  slug: "wsis20-review",
  code: "WSIS20",
  title: {
    en: "WSIS+20 review: ITU's work and the revision of the WSIS Action Lines",
    ar: "استعراض القمة العالمية لمجتمع المعلومات بعد عشرين عاماً: عمل الاتحاد ومراجعة خطوط عمل القمة",
  },
  description: {
    en: "The ITU Council Working Group on WSIS and SDGs (CWG-WSIS&SDG) invites Member States, Sector Members, Associates, Academia and all stakeholders to send their inputs on ITU's work in the WSIS+20 review, including the revision of the WSIS Action Lines C1–C11.",
    ar: "يدعو فريق العمل التابع للمجلس المعني بالقمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة الدول الأعضاء وأعضاء القطاعات والمنتسبين والهيئات الأكاديمية وجميع أصحاب المصلحة إلى تقديم مساهماتهم بشأن عمل الاتحاد في استعراض القمة بعد عشرين عاماً، بما في ذلك مراجعة خطوط عمل القمة C1–C11.",
  },
  // Window stated in Geneva time: 1 September 2026 00:00 CEST to 31 March 2027 23:59:59 CEST.
  opensAt: new Date("2026-08-31T22:00:00.000Z"),
  closesAt: new Date("2027-03-31T21:59:59.000Z"),
  timeZone: "Europe/Zurich",
  questions: [
    {
      en: "How has ITU's work contributed to the implementation of the WSIS Action Lines since 2005, and where has it fallen short?",
      ar: "كيف أسهم عمل الاتحاد في تنفيذ خطوط عمل القمة منذ عام 2005، وأين كان قاصراً؟",
    },
    {
      en: "Which Action Lines should be revised to reflect new technologies and challenges, and how?",
      ar: "ما خطوط العمل التي ينبغي مراجعتها لتعكس التكنولوجيات والتحديات الجديدة، وكيف؟",
    },
    {
      en: "How should the WSIS Action Lines be aligned with the 2030 Agenda for Sustainable Development?",
      ar: "كيف ينبغي مواءمة خطوط عمل القمة مع خطة التنمية المستدامة لعام 2030؟",
    },
  ],
};
