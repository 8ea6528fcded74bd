"use client";
/**
 * The contribution form (react-hook-form + the shared zod schema). Validates as the person
 * types (after first leaving a field) and again on the server; server field errors land next
 * to their fields; on any failure everything typed stays in place. The idempotency key is made
 * once per form render, so a double click or a retry after a lost response creates one
 * contribution.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Controller, useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { submitContributionAction } from "@/lib/actions/submit-contribution";
import { resubmitContributionAction, saveDraftAction } from "@/lib/actions/contribution-drafts";
import type { ErrorCode, ErrorParams } from "@/lib/errors";
import { tooLargeForAction } from "@/lib/request-size";
import { useActionForm } from "./use-action-form";
import { LIMITS, ZContributionInput, type TContributionForm, type TContributionInput } from "@/lib/schemas/contribution";
import { LANGUAGES, nativeLanguageName, type LocalisedText } from "@/lib/reference";
import { LocalisedLabel } from "@/components/ui/localised-label";
import { ActionError, useActionErrorMessage } from "./action-error";
import { AttachmentsField } from "./attachments-field";
import { LocalCopyOffer, localCopyKey, useLocalCopy } from "./local-copy";
import type { AttachmentItem } from "@/lib/schemas/attachment";
import { CharCounter } from "./char-counter";
import { CheckboxGroup } from "./checkbox-group";
import { FieldError, useValidationMessage } from "./field-error";
import { ProposalsEditor, type EditorBaseline } from "@/components/proposals/proposals-editor";
import { normaliseBodyText } from "@/lib/revision/normalise";

export interface ContributionFormProps {
  consultation: { id: string; questions: { id: string; text: LocalisedText }[] };
  organisations: { id: string; name: string }[];
  actionLines: { code: string; title: LocalisedText }[];
  sdgs: { n: number; title: LocalisedText }[];
  /** The C7 sub-items (offered only while C7 is chosen). */
  c7SubItems?: { key: string; title: LocalisedText }[];
  /**
   * "new": a blank form (autosaved as a draft from the first change); "draft": an existing draft
   * (autosaved); "resubmit": a contribution whose changes were requested (no autosave: its text
   * is what the secretariat sees until resubmission).
   */
  mode?: "new" | "draft" | "resubmit";
  contributionId?: string;
  /** Values of an existing draft or contribution. */
  initial?: Partial<TContributionForm>;
  /** The draft's form key (mode "draft"): submitting it submits that draft. */
  idempotencyKey?: string;
  /** Attachments already on the contribution, and the configured limits. */
  attachments?: AttachmentItem[];
  attachmentLimits: { maxBytes: number; maxCount: number };
  /** Contribution types the consultation accepts (default: general input only). */
  allowedTypes?: string[];
  /** The baseline text revision proposals amend (needed for the revision type). */
  baseline?: EditorBaseline | null;
}

const AUTOSAVE_DELAY_MS = 2_000;

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "error"; code: ErrorCode; params?: ErrorParams };

type FieldName = FieldPath<TContributionForm>;
/** Fields in page order, with the message key of their label (for the error summary). */
const COUNTED = new Set(["title", "summary", "body"]);
const FIELDS: [FieldName, "organisation" | "title" | "summary" | "body" | "language" | "actionLines" | "sdgs"][] = [
  ["organisationId", "organisation"],
  ["title", "title"],
  ["summary", "summary"],
  ["language", "language"],
  ["body", "body"],
  ["actionLines", "actionLines"],
  ["sdgs", "sdgs"],
];

export function ContributionForm({
  consultation,
  organisations,
  actionLines,
  sdgs,
  c7SubItems = [],
  mode = "new",
  contributionId,
  initial,
  idempotencyKey: existingKey,
  attachments = [],
  attachmentLimits,
  allowedTypes = ["GENERAL_INPUT"],
  baseline,
}: ContributionFormProps) {
  const t = useTranslations("form");
  const tType = useTranslations("contributionType");
  const tc = useTranslations("contribution");
  const locale = useLocale();
  const router = useRouter();
  const translate = useValidationMessage();
  const [idempotencyKey] = useState(() => existingKey ?? crypto.randomUUID());
  const [submitted, setSubmitted] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const draftId = useRef(contributionId);
  // Files belong to a contribution row: the field becomes usable once the draft exists.
  const [savedId, setSavedId] = useState<string | null>(contributionId ?? null);
  const submitting = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const format = useFormatter();
  const errorMessage = useActionErrorMessage();

  const {
    register,
    control,
    handleSubmit,
    watch,
    getValues,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TContributionForm, unknown, TContributionInput>({
    resolver: zodResolver(ZContributionInput),
    mode: "onTouched",
    defaultValues: {
      consultationId: consultation.id,
      organisationId: organisations.length === 1 ? organisations[0].id : "",
      type: "GENERAL_INPUT",
      title: "",
      summary: "",
      body: "",
      language: undefined,
      actionLines: [],
      sdgs: [],
      c7SubItems: [],
      nameInCampaign: false,
      answers: consultation.questions.map((q) => ({ questionId: q.id, text: "" })),
      proposals: [],
      baselineVersion: baseline?.version,
      ...initial,
      idempotencyKey,
    },
  });

  // An unsaved copy in this browser, offered back when the form opens (issue 15 item 5).
  const localCopy = useLocalCopy({
    storageKey: localCopyKey(savedId, consultation.id),
    watch: watch as never,
    getValues: getValues as never,
    setValue: ((name: FieldName, value: never) => setValue(name, value, { shouldDirty: true })) as never,
  });
  const clearLocalCopy = localCopy.clear;

  /** Saves the form as a draft; the first save moves the address to the draft's edit page. */
  const saveNow = useCallback(async () => {
    if (mode === "resubmit" || submitting.current) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    const tooLarge = tooLargeForAction(getValues());
    if (tooLarge) {
      setSaveState({ kind: "error", code: "REQUEST_TOO_LARGE", params: tooLarge });
      return;
    }
    setSaveState({ kind: "saving" });
    const result = await saveDraftAction(null, getValues()).catch(() => null);
    if (submitting.current) return;
    if (result?.ok) {
      setSaveState({ kind: "saved", at: result.data.savedAt });
      clearLocalCopy(localCopyKey(draftId.current ?? result.data.id, consultation.id));
      clearLocalCopy(localCopyKey(null, consultation.id));
      if (!draftId.current) {
        draftId.current = result.data.id;
        setSavedId(result.data.id);
        // Same page, new address: a reload now reopens this draft instead of a blank form.
        window.history.replaceState(null, "", `/${locale}/my/contributions/${result.data.id}/edit`);
      }
    } else {
      setSaveState({ kind: "error", code: result?.code ?? "UNEXPECTED", params: result?.params ?? { correlationId: "network" } });
    }
  }, [getValues, locale, mode, clearLocalCopy, consultation.id]);

  useEffect(() => {
    if (mode === "resubmit") return;
    const subscription = watch((_, { name }) => {
      if (!name) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        void saveNow();
      }, AUTOSAVE_DELAY_MS);
    });
    // Leaving the page with a change not yet saved: the browser asks before unloading, and an
    // in-app navigation (which unmounts the form) saves it on the way out.
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (timer.current && !submitting.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("beforeunload", beforeUnload);
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = undefined;
        void saveNow();
      }
    };
  }, [watch, saveNow, mode]);

  // The hook checks the size (over the server's limit the request would be refused unread),
  // reads a lost response as a failure (the same idempotency key makes a retry safe), puts the
  // server's field errors on their fields and focuses the summary.
  // The submission carries its idempotency key: a BUSY answer (deadline crowd) is sent again by itself.
  const submitForm = useActionForm(submitContributionAction, { setError, retryBusy: {} });
  const resubmitForm = useActionForm(resubmitContributionAction, { setError });
  const resubmitting = mode === "resubmit" && !!contributionId;
  const sender = resubmitting ? resubmitForm : submitForm;
  const failure = sender.failure;
  const onSubmit = async (data: TContributionInput) => {
    submitting.current = true;
    clearTimeout(timer.current);
    const result = resubmitting ? await resubmitForm.submit({ ...data, contributionId, expectedStatus: "CHANGES_REQUESTED" }) : await submitForm.submit(data);
    if (result.ok) {
      clearLocalCopy(localCopyKey(result.data.id, consultation.id));
      clearLocalCopy(localCopyKey(null, consultation.id));
      setSubmitted(true); // keeps the button disabled while the confirmation page loads
      router.push(`/my/contributions/${result.data.id}?${mode === "resubmit" ? "resubmitted" : "submitted"}=1`);
      return;
    }
    submitting.current = false;
  };

  const tp = useTranslations("proposals");
  // Word's artefacts in the body (bookmarks, footnote markers) are removed as the text arrives,
  // and the person is told what changed (issue 12 item 12); the server applies
  // the same function, so what is published is what was shown.
  const [bodyNotice, setBodyNotice] = useState<string | null>(null);
  const normaliseBody = () => {
    const { text, changes } = normaliseBodyText(String(getValues("body") ?? ""));
    if (!changes.bookmarks && !changes.footnotes) return;
    setValue("body", text, { shouldDirty: true, shouldValidate: true });
    const parts = [...(changes.bookmarks ? [tp("normalised.bookmarks", { n: changes.bookmarks })] : []), ...(changes.footnotes ? [t("footnotesMoved", { n: changes.footnotes })] : [])];
    setBodyNotice(tp("normalised.notice", { changes: parts.join("; ") }));
  };
  // As the text arrives (typed, pasted or filled), not when the field is left: a notice that
  // appeared on leaving would move the page under the pointer that is leaving it.
  const bodyField = register("body", { onChange: () => normaliseBody() });
  const proposalErrors = (Array.isArray(errors.proposals) ? errors.proposals : []).flatMap((e, i) =>
    (["marker", "ref", "text", "reasons"] as const)
      .filter((f) => e?.[f]?.message)
      .map((f) => ({ name: `proposals.${i}.${f}`, label: `${tp("cardHeading", { n: i + 1 })} (${tp(f === "ref" ? "provision" : f === "text" ? "proposedText" : f)})`, message: e[f].message as string })),
  );
  const proposalsListError = errorOf(errors, "proposals");
  const fieldErrors = [
    ...FIELDS.map(([name, label]) => ({ name: name as string, label: t(label).replace(/\s*\*$/, ""), message: errorOf(errors, name) })),
    { name: "proposals-error", label: tp("editorLegend"), message: proposalsListError },
    ...proposalErrors,
  ].filter((e) => e.message);
  const type = watch("type");
  // Only ids that are rendered: the counters exist for the text fields, the error while there is one.
  const describedBy = (name: string, hint = false) =>
    [hint ? `${name}-hint` : "", COUNTED.has(name) ? `${name}-count` : "", errorOf(errors, name as FieldName) ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;

  return (
    <form
      noValidate
      onSubmit={handleSubmit(onSubmit, sender.focusSummary)}
      aria-describedby="form-intro"
    >
      <p id="form-intro" className="hint">
        {t("intro")}
      </p>
      {localCopy.offer && <LocalCopyOffer savedAt={localCopy.offer.savedAt} onRestore={localCopy.restore} onDiscard={localCopy.discard} />}
      {(failure || fieldErrors.length > 0) && (
        <ActionError {...sender.summary} code={failure?.code ?? "VALIDATION"} params={failure?.params}>
          {failure?.code === "UNAUTHENTICATED" && (
            <p>
              <a href={`/${locale}/signin`} target="_blank" rel="noopener">
                {t("signInAgain")}
              </a>
            </p>
          )}
          {fieldErrors.length > 0 && (
            <>
              <p>{t("errorSummary", { count: fieldErrors.length })}</p>
              <ul>
                {fieldErrors.map((e) => (
                  <li key={e.name}>
                    <a href={`#${e.name}`}>
                      {e.label}: {translate(e.message)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </ActionError>
      )}
      <input type="hidden" {...register("consultationId")} />
      <input type="hidden" {...register("idempotencyKey")} />

      <div className="field">
        <label htmlFor="organisationId">{t("organisation")}</label>
        <p id="organisationId-hint" className="hint">
          {t("organisationHint")}
        </p>
        <select id="organisationId" aria-invalid={!!errors.organisationId} aria-describedby={describedBy("organisationId", true)} {...register("organisationId")}>
          {organisations.length > 1 && <option value="">—</option>}
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <FieldError id="organisationId-error" message={errors.organisationId?.message} />
      </div>

      <div className="field">
        <label htmlFor="type">{t("type")}</label>
        {mode === "resubmit" ? (
          // The type is fixed once submitted: shown, sent as it was.
          <>
            <p id="type">{tType(type)}</p>
            <input type="hidden" {...register("type")} />
          </>
        ) : (
          <select id="type" {...register("type")}>
            {(["GENERAL_INPUT", "ACTION_LINE_REVISION"] as const)
              .filter((ty) => allowedTypes.includes(ty) && (ty === "GENERAL_INPUT" || baseline))
              .map((ty) => (
                <option key={ty} value={ty}>
                  {tType(ty)}
                </option>
              ))}
          </select>
        )}
      </div>
      <input type="hidden" {...register("baselineVersion")} />

      <div className="field">
        <label htmlFor="title">{t("title")}</label>
        <input id="title" type="text" dir="auto" autoComplete="off" aria-invalid={!!errors.title} aria-describedby={describedBy("title")} {...register("title")} />
        <CharCounter id="title-count" value={watch("title")} max={LIMITS.title} />
        <FieldError id="title-error" message={errors.title?.message} />
      </div>

      <div className="field">
        <label htmlFor="summary">{t("summary")}</label>
        <p id="summary-hint" className="hint">
          {t("summaryHint")}
        </p>
        <textarea id="summary" dir="auto" aria-invalid={!!errors.summary} aria-describedby={describedBy("summary", true)} {...register("summary")} />
        <CharCounter id="summary-count" value={watch("summary")} max={LIMITS.summary} />
        <FieldError id="summary-error" message={errors.summary?.message} />
      </div>

      <div className="field">
        <label htmlFor="language">{t("language")}</label>
        <select id="language" aria-invalid={!!errors.language} aria-describedby={describedBy("language")} {...register("language")}>
          <option value="">{t("chooseLanguage")}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {nativeLanguageName(l)}
            </option>
          ))}
        </select>
        <FieldError id="language-error" message={errors.language?.message} />
      </div>

      <div className="field">
        <label htmlFor="body">{t("body")}</label>
        <p id="body-hint" className="hint">
          {t("bodyHint")}
        </p>
        <textarea
          id="body"
          className="long"
          dir="auto"
          lang={watch("language") || undefined}
          aria-invalid={!!errors.body}
          aria-describedby={describedBy("body", true)}
          {...bodyField}
        />
        {bodyNotice && (
          <p className="hint" role="status" data-testid="body-normalised">
            {bodyNotice}
          </p>
        )}
        <CharCounter id="body-count" value={watch("body")} max={LIMITS.body} />
        <FieldError id="body-error" message={errors.body?.message} />
      </div>

      {type === "ACTION_LINE_REVISION" && baseline && (
        <ProposalsEditor
          baseline={baseline}
          control={control}
          register={register}
          setValue={setValue}
          getValues={getValues}
          errors={errors}
          contributionLanguage={watch("language") || undefined}
        />
      )}

      <AttachmentsField
        contributionId={savedId}
        initial={attachments}
        maxBytes={attachmentLimits.maxBytes}
        maxCount={attachmentLimits.maxCount}
        hasText={() => Boolean(String(getValues("body") ?? "").trim())}
        onUseText={(text) => {
          setValue("body", text, { shouldDirty: true, shouldValidate: true, shouldTouch: true });
          normaliseBody();
          void saveNow(); // a whole document arrived at once: keep it now, not in two seconds
        }}
      />

      <Controller
        control={control}
        name="actionLines"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            name="actionLines"
            legend={t("actionLines")}
            hint={t("actionLinesHint")}
            value={field.value as string[]}
            onChange={field.onChange}
            onBlur={field.onBlur}
            errorId="actionLines-error"
            invalid={!!fieldState.error}
            error={<FieldError id="actionLines-error" message={fieldState.error?.message ?? errorOf(errors, "actionLines")} />}
            choices={actionLines.map((a) => ({
              value: a.code,
              label: (
                <>
                  <strong>{a.code}</strong> <LocalisedLabel value={a.title} pageLocale={locale} />
                </>
              ),
            }))}
          />
        )}
      />

      {c7SubItems.length > 0 && (watch("actionLines") ?? []).includes("C7") && (
        <Controller
          control={control}
          name="c7SubItems"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              name="c7SubItems"
              legend={t("c7SubItems")}
              hint={t("c7SubItemsHint")}
              compact
              value={(field.value ?? []) as string[]}
              onChange={field.onChange}
              onBlur={field.onBlur}
              errorId="c7SubItems-error"
              invalid={!!fieldState.error}
              error={<FieldError id="c7SubItems-error" message={fieldState.error?.message} />}
              choices={c7SubItems.map((c) => ({ value: c.key, label: <LocalisedLabel value={c.title} pageLocale={locale} /> }))}
            />
          )}
        />
      )}

      <Controller
        control={control}
        name="sdgs"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            name="sdgs"
            legend={t("sdgs")}
            compact
            value={field.value as number[]}
            onChange={field.onChange}
            onBlur={field.onBlur}
            errorId="sdgs-error"
            invalid={!!fieldState.error}
            error={<FieldError id="sdgs-error" message={fieldState.error?.message} />}
            choices={sdgs.map((s) => ({
              value: s.n,
              label: (
                <>
                  {tc("sdg", { n: s.n })}: <LocalisedLabel value={s.title} pageLocale={locale} />
                </>
              ),
            }))}
          />
        )}
      />

      {consultation.questions.length > 0 && (
        <fieldset>
          <legend>{t("answers")}</legend>
          <p className="hint">{t("answersHint")}</p>
          {consultation.questions.map((q, i) => (
            <div className="field" key={q.id}>
              <label htmlFor={`answers.${i}.text`} lang={q.text.lang}>
                {i + 1}. {q.text.text}
              </label>
              <input type="hidden" {...register(`answers.${i}.questionId`)} />
              <textarea id={`answers.${i}.text`} dir="auto" aria-invalid={!!errors.answers?.[i]?.text} {...register(`answers.${i}.text`)} />
              <CharCounter id={`answers.${i}.count`} value={watch(`answers.${i}.text`)} max={LIMITS.answer} />
              <FieldError id={`answers.${i}.error`} message={errors.answers?.[i]?.text?.message} />
            </div>
          ))}
        </fieldset>
      )}

      <div className="field">
        <label className="choice">
          <input type="checkbox" aria-describedby="nameInCampaign-hint" {...register("nameInCampaign")} /> <span>{t("nameInCampaign")}</span>
        </label>
        <p id="nameInCampaign-hint" className="hint">
          {t("nameInCampaignHint")}
        </p>
      </div>

      <div className="form-actions">
        <button type="submit" disabled={isSubmitting || submitted} aria-busy={isSubmitting}>
          {mode === "resubmit" ? (isSubmitting ? t("resubmitting") : t("resubmit")) : isSubmitting ? t("submitting") : t("submit")}
        </button>
        {mode !== "resubmit" && (
          <button type="button" className="secondary" onClick={saveNow} disabled={isSubmitting || submitted || saveState.kind === "saving"}>
            {t("saveDraft")}
          </button>
        )}
        <p className="meta" role="status" aria-live="polite" data-testid="save-state">
          {saveState.kind === "saving" && t("saving")}
          {saveState.kind === "saved" && t("savedAt", { time: format.dateTime(new Date(saveState.at), { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }) })}
          {saveState.kind === "error" && t("notSaved", { reason: errorMessage(saveState.code, saveState.params) })}
        </p>
      </div>
      {mode !== "resubmit" && <p className="hint">{t("autosaveNote")}</p>}
    </form>
  );
}

function errorOf(errors: Record<string, unknown>, name: string): string | undefined {
  const e = errors[name] as { message?: string; root?: { message?: string } } | undefined;
  return e?.message ?? e?.root?.message;
}
