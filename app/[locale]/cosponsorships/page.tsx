/** Invitations to the focal point's organisations to co-sponsor other organisations' contributions. */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/guard";
import { loadCoSponsorshipsView } from "@/lib/loaders/cosponsorships-view";
import { RespondCoSponsorshipForm, ClosedInvitationNote } from "@/components/contributions/cosponsor-forms";
import { UserText } from "@/components/ui/user-text";
import { DateTime } from "@/components/ui/date-time";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("cosponsors", "invitationsHeading");

export default async function CoSponsorshipsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/cosponsorships`);
  const view = await loadCoSponsorshipsView(actor, await searchParams);
  if (!view) notFound();
  const { invitations, done } = view;
  const [t, tm] = await Promise.all([getTranslations("cosponsors"), getTranslations("my")]);
  return (
    <>
      <h1>{t("invitationsHeading")}</h1>
      <p>{t("invitationsIntro")}</p>
      {done && (
        <p className="notice success" role="status">
          {t(`done.${done}`)}
        </p>
      )}
      {invitations.length === 0 && <p>{t("invitationsNone")}</p>}
      <div className="cards">
        {invitations.map((i) => (
          <article key={i.id} className="card" data-testid="invitation">
            <h2 style={{ fontSize: "1.15rem" }}>
              <Link href={`/my/contributions/${i.contribution.id}`}>
                <UserText lang={i.contribution.language}>{i.contribution.title || "—"}</UserText>
              </Link>
            </h2>
            <p className="meta">
              {t.rich("from", { organisation: i.contribution.organisation.name, b: (c) => <bdi>{c}</bdi> })} · {t("for", { organisation: i.organisation.name })} · {tm("deadline")}:{" "}
              <DateTime value={i.contribution.consultation.closesAt} timeZone={i.contribution.consultation.timeZone} />
            </p>
            <p>
              <span className={`badge ${i.status === "CONFIRMED" ? "ACCEPTED" : i.status === "INVITED" ? "SUBMITTED" : "WITHDRAWN"}`}>{t(`status.${i.status as "INVITED"}`)}</span>
            </p>
            {i.awaitingAnswer && <RespondCoSponsorshipForm coSponsorId={i.id} />}
            {i.closed && <ClosedInvitationNote code={i.closed.code} params={i.closed.params} />}
          </article>
        ))}
      </div>
    </>
  );
}
