/** A focal point's page: the organisation's people; add and remove contributors. */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { loadOrganisationView } from "@/lib/loaders/organisation-view";
import { AddContributorForm, RemoveContributorButton } from "@/components/forms/membership-forms";
import { UserText } from "@/components/ui/user-text";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("members", "heading");

export default async function OrganisationPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/organisation`);
  const view = await loadOrganisationView(actor, await searchParams);
  if (!view) notFound();
  const { sections, done } = view;
  const [t, ta] = await Promise.all([getTranslations("members"), getTranslations("affiliation")]);
  return (
    <>
      {done && (
        <p className="notice success" role="status">
          {t(`done.${done}`)}
        </p>
      )}
      {sections.map((s) => (
        <section key={s.id}>
          <h1>{t("heading")}</h1>
          <p>{t.rich("intro", { organisation: s.organisation.name })}</p>
          <ul className="cosponsors" data-testid="members">
            {s.members.map((m) => (
              <li key={m.id}>
                <UserText>{m.user.name ?? "—"}</UserText> · <bdi dir="ltr">{m.user.email}</bdi> · {ta(`role.${m.role}`)} ·{" "}
                <span className={`badge ${m.verifiedAt ? "ACCEPTED" : "UNDER_REVIEW"}`}>{m.verifiedAt ? ta("verified") : m.invitedAt ? t("invitationSent") : ta("pending")}</span>
                {m.role === "CONTRIBUTOR" && <RemoveContributorButton membershipId={m.id} />}
              </li>
            ))}
          </ul>
          <h2>{t("add")}</h2>
          <AddContributorForm organisationId={s.id} />
        </section>
      ))}
    </>
  );
}
