"use client";
/**
 * Request an affiliation: join an organisation already in the portal, or propose a new one.
 * react-hook-form with the shared zod schema; server errors land next to their fields.
 */
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { requestAffiliationAction } from "@/lib/actions/affiliations";
import { MEMBERSHIP_CATEGORIES, STAKEHOLDER_GROUPS, ZAffiliationRequest } from "@/lib/schemas/affiliation";
import type { z } from "zod";
import { ActionError } from "./action-error";
import { FieldError } from "./field-error";
import { useActionForm } from "./use-action-form";

type FormValues = z.input<typeof ZAffiliationRequest>;

export function AffiliationForm({ organisations, countries, regions, defaultName }: { organisations: { id: string; name: string }[]; countries: { code: string; name: string }[]; regions: string[]; defaultName: string }) {
  const t = useTranslations("affiliation");
  const tCat = useTranslations("membershipCategory");
  const tGroup = useTranslations("stakeholderGroup");
  const router = useRouter();
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, z.output<typeof ZAffiliationRequest>>({
    resolver: zodResolver(ZAffiliationRequest),
    mode: "onTouched",
    defaultValues: { kind: "existing", personName: defaultName, organisationId: "" } as FormValues,
  });
  const f = useActionForm(requestAffiliationAction, { setError });
  const kind = watch("kind");
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const err = (name: string) => (errors as any)?.[name]?.message ?? name.split(".").reduce((o: any, k) => o?.[k], errors)?.message;

  const onSubmit = async (data: z.output<typeof ZAffiliationRequest>) => {
    if (!(await f.submit(data)).ok) return;
    router.push("/affiliation?sent=1");
    router.refresh();
  };

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)}>
      {f.failure && <ActionError ref={f.summaryRef} code={f.failure.code} params={f.failure.params} />}
      <div className="field">
        <label htmlFor="personName">{t("personName")}</label>
        <input id="personName" type="text" dir="auto" autoComplete="name" aria-invalid={!!err("personName")} {...register("personName")} />
        <FieldError id="personName-error" message={err("personName")} />
      </div>
      <fieldset>
        <legend>{t("kind")}</legend>
        <label className="choice">
          <input type="radio" value="existing" {...register("kind")} /> <span>{t("existing")}</span>
        </label>
        <label className="choice">
          <input type="radio" value="new" {...register("kind")} /> <span>{t("new")}</span>
        </label>
      </fieldset>
      {kind === "existing" ? (
        <div className="field">
          <label htmlFor="organisationId">{t("organisation")}</label>
          <select id="organisationId" aria-invalid={!!err("organisationId")} {...register("organisationId")}>
            <option value="">—</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <FieldError id="organisationId-error" message={err("organisationId")} />
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor="organisation.name">{t("newName")}</label>
            <input id="organisation.name" type="text" dir="auto" aria-invalid={!!err("organisation.name")} {...register("organisation.name")} />
            <FieldError id="organisation.name-error" message={err("organisation.name")} />
          </div>
          <div className="field">
            <label htmlFor="organisation.shortCode">{t("shortCode")}</label>
            <p className="hint">{t("shortCodeHint")}</p>
            <input id="organisation.shortCode" type="text" dir="ltr" autoCapitalize="characters" aria-invalid={!!err("organisation.shortCode")} {...register("organisation.shortCode")} />
            <FieldError id="organisation.shortCode-error" message={err("organisation.shortCode")} />
          </div>
          <div className="field">
            <label htmlFor="organisation.membershipCategory">{t("category")}</label>
            <select id="organisation.membershipCategory" aria-invalid={!!err("organisation.membershipCategory")} {...register("organisation.membershipCategory")}>
              <option value="">—</option>
              {MEMBERSHIP_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {tCat(c)}
                </option>
              ))}
            </select>
            <FieldError id="organisation.membershipCategory-error" message={err("organisation.membershipCategory")} />
          </div>
          <div className="field">
            <label htmlFor="organisation.stakeholderGroup">{t("group")}</label>
            <select id="organisation.stakeholderGroup" aria-invalid={!!err("organisation.stakeholderGroup")} {...register("organisation.stakeholderGroup")}>
              <option value="">—</option>
              {STAKEHOLDER_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {tGroup(g)}
                </option>
              ))}
            </select>
            <FieldError id="organisation.stakeholderGroup-error" message={err("organisation.stakeholderGroup")} />
          </div>
          <div className="field">
            <label htmlFor="organisation.country">{t("country")}</label>
            <select id="organisation.country" aria-invalid={!!err("organisation.country")} {...register("organisation.country")}>
              <option value="">{t("noCountry")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            <FieldError id="organisation.country-error" message={err("organisation.country")} />
          </div>
          <div className="field">
            <label htmlFor="organisation.ituRegion">{t("region")}</label>
            <select id="organisation.ituRegion" {...register("organisation.ituRegion")}>
              <option value="">{t("noRegion")}</option>
              {regions.map((r) => (
                <option key={r} value={r}>
                  {t(`regionName.${r as "A"}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      <button type="submit" disabled={isSubmitting}>
        {t("send")}
      </button>
    </form>
  );
}
