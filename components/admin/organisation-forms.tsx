"use client";
/**
 * The admin's forms on one organisation: edit its particulars, withdraw its verification, and
 * confirm a merge. Each carries the organisation's `updatedAt` as shown, so a change made by
 * someone else meanwhile is refused (CHANGED_MEANWHILE) instead of overwritten. Typed values stay
 * in the form when the server refuses them.
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { editOrganisationAction, mergeOrganisationsAction, withdrawVerificationAction } from "@/lib/actions/admin";
import { MEMBERSHIP_CATEGORIES, STAKEHOLDER_GROUPS } from "@/lib/schemas/affiliation";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";

export interface EditableOrganisation {
  id: string;
  updatedAt: string;
  name: string;
  membershipCategory: string;
  stakeholderGroup: string;
  country: string | null;
  ituRegion: string | null;
}

export function OrganisationEditForm({ organisation, countries, regions }: { organisation: EditableOrganisation; countries: { code: string; name: string }[]; regions: string[] }) {
  const t = useTranslations("admin.organisations");
  const ta = useTranslations("affiliation");
  const tCat = useTranslations("membershipCategory");
  const tGroup = useTranslations("stakeholderGroup");
  const f = useActionForm(editOrganisationAction);
  const state = f.failure;
  const pending = f.pending;
  const [values, setValues] = useState({
    name: organisation.name,
    membershipCategory: organisation.membershipCategory,
    stakeholderGroup: organisation.stakeholderGroup,
    country: organisation.country ?? "",
    ituRegion: organisation.ituRegion ?? "",
  });
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues({ ...values, [k]: e.target.value });
  const err = (name: string) => (state ? state.fieldErrors?.[name]?.[0] : undefined);
  const described = (f: string) => (err(f) ? { "aria-invalid": true, "aria-describedby": `org-${f}-error` } : {});
  return (
    <form {...f.form}>
      <input type="hidden" name="organisationId" value={organisation.id} />
      <input type="hidden" name="updatedAt" value={organisation.updatedAt} />
      <div className="field">
        <label htmlFor="org-name">{t("name")}</label>
        <input id="org-name" name="name" type="text" dir="auto" value={values.name} onChange={set("name")} {...described("name")} />
        <FieldError id="org-name-error" message={err("name")} />
      </div>
      <div className="field">
        <label htmlFor="org-membershipCategory">{ta("category")}</label>
        <select id="org-membershipCategory" name="membershipCategory" value={values.membershipCategory} onChange={set("membershipCategory")} {...described("membershipCategory")}>
          {MEMBERSHIP_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {tCat(c)}
            </option>
          ))}
        </select>
        <FieldError id="org-membershipCategory-error" message={err("membershipCategory")} />
      </div>
      <div className="field">
        <label htmlFor="org-stakeholderGroup">{ta("group")}</label>
        <select id="org-stakeholderGroup" name="stakeholderGroup" value={values.stakeholderGroup} onChange={set("stakeholderGroup")} {...described("stakeholderGroup")}>
          {STAKEHOLDER_GROUPS.map((g) => (
            <option key={g} value={g}>
              {tGroup(g)}
            </option>
          ))}
        </select>
        <FieldError id="org-stakeholderGroup-error" message={err("stakeholderGroup")} />
      </div>
      <div className="field">
        <label htmlFor="org-country">{ta("country")}</label>
        <select id="org-country" name="country" value={values.country} onChange={set("country")} {...described("country")}>
          <option value="">{ta("noCountry")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError id="org-country-error" message={err("country")} />
      </div>
      <div className="field">
        <label htmlFor="org-ituRegion">{ta("region")}</label>
        <select id="org-ituRegion" name="ituRegion" value={values.ituRegion} onChange={set("ituRegion")} {...described("ituRegion")}>
          <option value="">{ta("noRegion")}</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {ta(`regionName.${r as "A"}`)}
            </option>
          ))}
        </select>
        <FieldError id="org-ituRegion-error" message={err("ituRegion")} />
      </div>
      {state && state.code !== "VALIDATION" && <ActionError {...f.summary} code={state.code} params={state.params} />}
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}

export function WithdrawVerificationForm({ organisationId, updatedAt }: { organisationId: string; updatedAt: string }) {
  const t = useTranslations("admin.organisations");
  const f = useActionForm(withdrawVerificationAction);
  const state = f.failure;
  const pending = f.pending;
  return (
    <form {...f.form}>
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <p className="hint">{t("withdrawHint")}</p>
      <button type="submit" className="danger" disabled={pending}>
        {t("withdraw")}
      </button>
      {state && <ActionError {...f.summary} code={state.code} params={state.params} />}
    </form>
  );
}

export function MergeConfirmForm(props: { sourceId: string; sourceUpdatedAt: string; survivorId: string; survivorUpdatedAt: string }) {
  const t = useTranslations("admin.organisations");
  const f = useActionForm(mergeOrganisationsAction);
  const state = f.failure;
  const pending = f.pending;
  return (
    <form {...f.form}>
      {Object.entries(props).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" className="danger" disabled={pending}>
        {t("mergeConfirm")}
      </button>
      {state && <ActionError {...f.summary} code={state.code} params={state.params} />}
    </form>
  );
}
