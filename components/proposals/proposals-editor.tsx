"use client";
/**
 * The editor of Action Line revision proposals, inside the contribution form (react-hook-form's
 * useFieldArray over `proposals`). Each proposal: marker (ADD/MOD/SUP/NOC), the provision it
 * amends (for ADD: the one it follows), the proposed text, and the reasons.
 *
 * - A MOD starts from the baseline text (filled in when MOD is chosen on an empty text) and is
 *   edited from there; the revision marks are computed as the person types (preview below).
 * - Pasted or typed text is normalised when the field is left or text is pasted
 *   (lib/revision/normalise.ts) and the editor says what it changed: never silently.
 * - Plain controls only (select, textarea, buttons), each labelled, so it works by keyboard and
 *   screen reader; the baseline keeps its own language and direction (English, left to right)
 *   inside an Arabic interface, and the proposed text follows the baseline's.
 */
import { useState } from "react";
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue, type UseFormGetValues } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { TContributionForm } from "@/lib/schemas/contribution";
import { PROPOSAL_LIMITS, PROPOSAL_MARKERS, type ProposalMarker } from "@/lib/schemas/proposal";
import { changedAnything, normaliseProposalText, type NormalisationChanges } from "@/lib/revision/normalise";
import { directionOf } from "@/lib/reference";
import { CharCounter } from "@/components/forms/char-counter";
import { FieldError } from "@/components/forms/field-error";
import { ProposedText } from "./proposed-text";
import { PROVISION_REF } from "./synoptic-table";
import { ForeignValue } from "@/components/ui/foreign-text";

export interface EditorBaseline {
  version: number;
  title: string;
  language: string;
  provisions: { ref: string; actionLine: string; kind: string; text: string; partial: boolean }[];
}

interface Props {
  baseline: EditorBaseline;
  control: Control<TContributionForm>;
  register: UseFormRegister<TContributionForm>;
  setValue: UseFormSetValue<TContributionForm>;
  getValues: UseFormGetValues<TContributionForm>;
  errors: FieldErrors<TContributionForm>;
  /** Language of the contribution (its reasons are written in it). */
  contributionLanguage?: string;
}

function excerpt(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}

/** The provision choices, grouped by Action Line. */
function ProvisionOptions({ baseline }: { baseline: EditorBaseline }) {
  const groups = new Map<string, EditorBaseline["provisions"]>();
  for (const p of baseline.provisions) groups.set(p.actionLine, [...(groups.get(p.actionLine) ?? []), p]);
  return (
    <>
      {[...groups].map(([code, provisions]) => (
        <optgroup key={code} label={code}>
          {provisions.map((p) => (
            <option key={p.ref} value={p.ref}>
              {`${p.ref} — ${excerpt(p.text)}`}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

export function ProposalsEditor({ baseline, control, register, setValue, getValues, errors, contributionLanguage }: Props) {
  const t = useTranslations("proposals");
  const { fields, append, remove, move } = useFieldArray({ control, name: "proposals" });
  const [newRef, setNewRef] = useState(baseline.provisions.find((p) => p.kind !== "heading")?.ref ?? "");
  const [newMarker, setNewMarker] = useState<ProposalMarker>("MOD");
  const provisions = new Map(baseline.provisions.map((p) => [p.ref, p]));
  const listError = (errors.proposals as { message?: string; root?: { message?: string } } | undefined)?.message ?? (errors.proposals as { root?: { message?: string } } | undefined)?.root?.message;

  const add = () => {
    const base = provisions.get(newRef);
    // The proposal's Action Line is the contribution's too (the server adds it in any case).
    const lines = (getValues("actionLines") ?? []) as string[];
    if (base && !lines.includes(base.actionLine)) setValue("actionLines", [...lines, base.actionLine] as TContributionForm["actionLines"], { shouldDirty: true });
    append({ marker: newMarker, ref: newRef, text: newMarker === "MOD" ? (base?.text ?? "") : "", reasons: "" }, { focusName: `proposals.${fields.length}.text` });
  };

  return (
    <fieldset className="proposals-editor" aria-describedby="proposals-hint">
      <legend>{t("editorLegend")}</legend>
      <p id="proposals-hint" className="hint">
        <ForeignValue format={(title) => t("editorHint", { title, version: baseline.version })} value={baseline.title} lang={baseline.language} />
      </p>
      <FieldError id="proposals-error" message={listError} />
      {fields.map((field, i) => (
        <ProposalCard
          key={field.id}
          index={i}
          count={fields.length}
          baseline={baseline}
          provisions={provisions}
          control={control}
          register={register}
          setValue={setValue}
          getValues={getValues}
          errors={errors}
          contributionLanguage={contributionLanguage}
          onRemove={() => remove(i)}
          onMove={(to) => move(i, to)}
        />
      ))}
      <div className="add-proposal" role="group" aria-labelledby="add-proposal-heading">
        <h3 id="add-proposal-heading">{t("addHeading")}</h3>
        <div className="field">
          <label htmlFor="new-proposal-marker">{t("marker")}</label>
          <select id="new-proposal-marker" value={newMarker} onChange={(e) => setNewMarker(e.target.value as ProposalMarker)}>
            {PROPOSAL_MARKERS.map((m) => (
              <option key={m} value={m}>
                {`${m} — ${t(`markerMeaning.${m}`)}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-proposal-ref">{newMarker === "ADD" ? t("anchor") : t("provision")}</label>
          <select id="new-proposal-ref" value={newRef} onChange={(e) => setNewRef(e.target.value)} lang={baseline.language}>
            <ProvisionOptions baseline={baseline} />
          </select>
        </div>
        <button type="button" className="secondary" onClick={add} disabled={fields.length >= PROPOSAL_LIMITS.count} data-testid="add-proposal">
          {t("add")}
        </button>
      </div>
    </fieldset>
  );
}

function describeChanges(t: ReturnType<typeof useTranslations<"proposals">>, c: NormalisationChanges): string {
  const parts: string[] = [];
  if (c.bookmarks) parts.push(t("normalised.bookmarks", { n: c.bookmarks }));
  if (c.softHyphens) parts.push(t("normalised.softHyphens", { n: c.softHyphens }));
  if (c.zeroWidth) parts.push(t("normalised.zeroWidth", { n: c.zeroWidth }));
  if (c.specialSpaces) parts.push(t("normalised.specialSpaces", { n: c.specialSpaces }));
  if (c.lineBreaks) parts.push(t("normalised.lineBreaks", { n: c.lineBreaks }));
  if (c.extraSpaces) parts.push(t("normalised.extraSpaces"));
  return parts.join("; ");
}

function ProposalCard({
  index: i,
  count,
  baseline,
  provisions,
  control,
  register,
  setValue,
  getValues,
  errors,
  contributionLanguage,
  onRemove,
  onMove,
}: Omit<Props, "baseline"> & {
  index: number;
  count: number;
  baseline: EditorBaseline;
  provisions: Map<string, EditorBaseline["provisions"][number]>;
  onRemove: () => void;
  onMove: (to: number) => void;
}) {
  const t = useTranslations("proposals");
  const [notice, setNotice] = useState("");
  const marker = useWatch({ control, name: `proposals.${i}.marker` }) as ProposalMarker;
  const ref = useWatch({ control, name: `proposals.${i}.ref` }) as string;
  const text = (useWatch({ control, name: `proposals.${i}.text` }) as string | undefined) ?? "";
  const reasons = (useWatch({ control, name: `proposals.${i}.reasons` }) as string | undefined) ?? "";
  const provision = provisions.get(ref);
  const e = errors.proposals?.[i];
  const lang = baseline.language;
  const id = `proposals.${i}`;
  const showText = marker === "MOD" || marker === "ADD" || text !== "";
  const unchanged = marker === "MOD" && provision && normaliseProposalText(text).text === normaliseProposalText(provision.text).text;

  const normalise = () => {
    const current = getValues(`proposals.${i}.text`) ?? "";
    const result = normaliseProposalText(current);
    if (changedAnything(result.changes)) {
      setValue(`proposals.${i}.text`, result.text, { shouldDirty: true });
      setNotice(t("normalised.notice", { changes: describeChanges(t, result.changes) }));
    }
  };
  const textField = register(`proposals.${i}.text`);
  const refField = register(`proposals.${i}.ref`, {
    onChange: (ev: { target: { value: string } }) => {
      // A MOD not yet edited follows the newly chosen provision's text.
      const next = provisions.get(ev.target.value);
      if (marker === "MOD" && next && provision && getValues(`proposals.${i}.text`) === provision.text) setValue(`proposals.${i}.text`, next.text, { shouldDirty: true });
    },
  });
  const markerField = register(`proposals.${i}.marker`, {
    onChange: (ev: { target: { value: string } }) => {
      // A MOD is edited from the baseline text: start from it rather than from an empty box.
      if (ev.target.value === "MOD" && !getValues(`proposals.${i}.text`) && provision) setValue(`proposals.${i}.text`, provision.text, { shouldDirty: true });
    },
  });

  return (
    <section className="proposal-card" aria-labelledby={`${id}-heading`} data-testid="proposal-card">
      <h3 id={`${id}-heading`}>{t("cardHeading", { n: i + 1 })}</h3>
      <div className="proposal-grid">
        <div className="field">
          <label htmlFor={`${id}.marker`}>{t("marker")}</label>
          <select id={`${id}.marker`} aria-invalid={!!e?.marker} {...markerField}>
            {PROPOSAL_MARKERS.map((m) => (
              <option key={m} value={m}>
                {`${m} — ${t(`markerMeaning.${m}`)}`}
              </option>
            ))}
          </select>
          <FieldError id={`${id}.marker-error`} message={e?.marker?.message} />
        </div>
        <div className="field">
          <label htmlFor={`${id}.ref`}>{marker === "ADD" ? t("anchor") : t("provision")}</label>
          <select id={`${id}.ref`} lang={lang} aria-invalid={!!e?.ref} aria-describedby={e?.ref ? `${id}.ref-error` : undefined} {...refField}>
            {!provision && <option value={ref}>{ref || "—"}</option>}
            <ProvisionOptions baseline={baseline} />
          </select>
          <FieldError id={`${id}.ref-error`} message={e?.ref?.message} />
        </div>
      </div>

      {provision && (
        <div className="baseline-text">
          <p className="meta">{t.rich(marker === "ADD" ? "anchorText" : "currentTextOf", { ref: provision.ref, ...PROVISION_REF })}</p>
          <blockquote className="content" lang={lang} dir={directionOf(lang)}>
            {provision.text}
          </blockquote>
          {provision.partial && <p className="hint">{t("partialBaseline")}</p>}
        </div>
      )}

      {showText && (
        <div className="field">
          <label htmlFor={`${id}.text`}>{marker === "ADD" ? t("newText") : t("proposedText")}</label>
          <textarea
            id={`${id}.text`}
            lang={lang}
            dir={directionOf(lang)}
            aria-invalid={!!e?.text}
            aria-describedby={[`${id}.text-count`, e?.text ? `${id}.text-error` : "", notice ? `${id}.text-notice` : ""].filter(Boolean).join(" ")}
            {...textField}
            onBlur={(ev) => {
              void textField.onBlur(ev);
              normalise();
            }}
            onPaste={() => setTimeout(normalise, 0)}
          />
          <CharCounter id={`${id}.text-count`} value={text} max={PROPOSAL_LIMITS.text} />
          <FieldError id={`${id}.text-error`} message={e?.text?.message} />
          {unchanged && !e?.text && <p className="hint">{t("unchangedHint")}</p>}
          <p id={`${id}.text-notice`} className="hint" role="status" aria-live="polite">
            {notice}
          </p>
        </div>
      )}

      {provision && (marker !== "MOD" || !unchanged) && (
        <div className="proposal-preview">
          <p className="meta">{t("preview")}</p>
          <ProposedText marker={marker} baselineText={provision.text} text={text} lang={lang} />
        </div>
      )}

      <div className="field">
        <label htmlFor={`${id}.reasons`}>{t("reasons")}</label>
        <textarea
          id={`${id}.reasons`}
          dir="auto"
          lang={contributionLanguage || undefined}
          aria-invalid={!!e?.reasons}
          aria-describedby={`${id}.reasons-count${e?.reasons ? ` ${id}.reasons-error` : ""}`}
          {...register(`proposals.${i}.reasons`)}
        />
        <CharCounter id={`${id}.reasons-count`} value={reasons} max={PROPOSAL_LIMITS.reasons} />
        <FieldError id={`${id}.reasons-error`} message={e?.reasons?.message} />
      </div>

      <div className="proposal-actions">
        <button type="button" className="secondary" onClick={() => onMove(i - 1)} disabled={i === 0} aria-label={t("moveUpLabel", { n: i + 1 })}>
          {t("moveUp")}
        </button>
        <button type="button" className="secondary" onClick={() => onMove(i + 1)} disabled={i === count - 1} aria-label={t("moveDownLabel", { n: i + 1 })}>
          {t("moveDown")}
        </button>
        <button type="button" className="danger" onClick={onRemove} aria-label={t("removeLabel", { n: i + 1 })}>
          {t("remove")}
        </button>
      </div>
    </section>
  );
}
