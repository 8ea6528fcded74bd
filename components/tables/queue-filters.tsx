/**
 * The secretariat queue's filters as a plain GET form: works without JavaScript, the URL holds the
 * whole view (shareable, reloadable), and submitting returns to page 1 (no page field).
 */
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { ACTION_LINE_CODES, ITU_REGIONS, LANGUAGES, SDG_NUMBERS, nativeLanguageName } from "@/lib/reference";
import { countryOptions } from "@/lib/reference/countries";
import { MEMBERSHIP_CATEGORIES, STAKEHOLDER_GROUPS } from "@/lib/schemas/affiliation";
import { PAGE_SIZES, QUEUE_STATUSES, type TQueueQuery } from "@/lib/schemas/queue";

function Select({ name, label, value, options, anyLabel }: { name: string; label: string; value: string | number | undefined; options: [string, string][]; anyLabel: string }) {
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)}>
        <option value="">{anyLabel}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export function QueueFilters({ query }: { query: TQueueQuery }) {
  const t = useTranslations("queue");
  const tf = useTranslations("queue.filters");
  const ts = useTranslations("status");
  const tType = useTranslations("contributionType");
  const tFacet = useTranslations("search.facets");
  const tGroup = useTranslations("stakeholderGroup");
  const tCat = useTranslations("membershipCategory");
  const ta = useTranslations("affiliation");
  const tc = useTranslations("contribution");
  const tTriage = useTranslations("triage");
  const locale = useLocale();
  const any = tf("any");
  return (
    <form className="toolbar queue-filters" method="get" role="search">
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="field queue-search">
        <label htmlFor="f-q">{tf("q")}</label>
        <input id="f-q" name="q" type="search" dir="auto" maxLength={200} defaultValue={query.q ?? ""} />
      </div>
      <Select name="status" label={t("filterStatus")} value={query.status} anyLabel={t("allStatuses")} options={QUEUE_STATUSES.map((s) => [s, ts(s)])} />
      <Select name="type" label={tf("type")} value={query.type} anyLabel={any} options={(["GENERAL_INPUT", "ACTION_LINE_REVISION"] as const).map((v) => [v, tType(v)])} />
      <Select name="al" label={tFacet("al")} value={query.al} anyLabel={any} options={ACTION_LINE_CODES.map((c) => [c, c])} />
      <Select name="sdg" label={tFacet("sdg")} value={query.sdg} anyLabel={any} options={SDG_NUMBERS.map((n) => [String(n), tc("sdg", { n })])} />
      <Select name="lang" label={tFacet("lang")} value={query.lang} anyLabel={any} options={LANGUAGES.map((l) => [l, nativeLanguageName(l)])} />
      <Select name="group" label={tFacet("group")} value={query.group} anyLabel={any} options={STAKEHOLDER_GROUPS.map((g) => [g, tGroup(g)])} />
      <Select name="cat" label={tFacet("cat")} value={query.cat} anyLabel={any} options={MEMBERSHIP_CATEGORIES.map((c) => [c, tCat(c)])} />
      <Select name="region" label={tFacet("region")} value={query.region} anyLabel={any} options={ITU_REGIONS.map((r) => [r, ta(`regionName.${r as "A"}`)])} />
      <Select name="country" label={tf("country")} value={query.country} anyLabel={any} options={countryOptions(locale).map((c) => [c.code, c.name])} />
      <div className="field">
        <label htmlFor="f-from">{tf("from")}</label>
        <input id="f-from" name="from" type="date" defaultValue={query.from ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="f-to">{tf("to")}</label>
        <input id="f-to" name="to" type="date" defaultValue={query.to ?? ""} />
      </div>
      <Select name="attachments" label={tf("attachments")} value={query.attachments} anyLabel={any} options={[["yes", tf("withAttachments")], ["no", tf("withoutAttachments")]]} />
      <Select name="assignee" label={tf("assignee")} value={query.assignee} anyLabel={any} options={[["me", tTriage("mine")], ["none", tTriage("none")]]} />
      <Select name="dup" label={tf("duplicate")} value={query.dup} anyLabel={any} options={[["yes", tf("isDuplicate")], ["no", tf("notDuplicate")]]} />
      <Select name="overdue" label={tf("overdue")} value={query.overdue} anyLabel={any} options={[["yes", tf("overdueOnly")]]} />
      <div className="field">
        <label htmlFor="f-tag">{tf("tag")}</label>
        <input id="f-tag" name="tag" type="text" dir="auto" maxLength={40} defaultValue={query.tag ?? ""} />
      </div>
      <Select name="size" label={t("pageSize")} value={query.size} anyLabel="25" options={PAGE_SIZES.filter((n) => n !== 25).map((n) => [String(n), String(n)])} />
      <div className="form-actions">
        <button type="submit">{t("apply")}</button>
        <Link href="/secretariat">{tf("clear")}</Link>
      </div>
    </form>
  );
}
