/**
 * The body of a "compare versions" page, shared by the contributor's and the secretariat's
 * routes (each route guards its own way, then hands over the loaded contribution).
 */
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { VersionedContribution } from "@/lib/services/contributions/versions";
import { versionPair } from "@/lib/schemas/version-pair";
import { UserText } from "@/components/ui/user-text";
import { VersionCompare } from "./version-compare";

export async function VersionsPage({ c, backHref, search }: { c: VersionedContribution; backHref: string; search: { from?: string; to?: string } }) {
  const t = await getTranslations("versions");
  const { from, to } = versionPair(c.versions.length, search);
  return (
    <>
      <p>
        <Link href={backHref}>{t("back")}</Link>
      </p>
      <h1>
        {t("compare")}: <UserText lang={c.language}>{c.title}</UserText>
      </h1>
      <VersionCompare c={c} from={from} to={to} />
    </>
  );
}
