/** A focal point's page: the organisation's people; add and remove contributors. */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { organisationsWith } from "@/lib/auth/permissions";
import { listMembers } from "@/lib/services/organisations/manage-members";
import { AddContributorForm, RemoveContributorButton } from "@/components/forms/membership-forms";
import { UserText } from "@/components/ui/user-text";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("members", "heading");

export default async function OrganisationPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/organisation`);
  const organisationIds = organisationsWith(actor, "organisation.manage-contributors");
  if (organisationIds.length === 0) notFound();
  const t = await getTranslations("members");
  const ta = await getTranslations("affiliation");
  const requested = (await searchParams).done;
  const done = ["added", "removed"].find((d) => d === requested) as "added" | "removed" | undefined;
  const sections = await Promise.all(organisationIds.map(async (id) => ({ id, ...(await listMembers(actor, id)) })));
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
                <span className={`badge ${m.verifiedAt ? "ACCEPTED" : "UNDER_REVIEW"}`}>{m.verifiedAt ? ta("verified") : ta("pending")}</span>
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
