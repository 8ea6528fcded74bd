"use client";
/**
 * The attachments of a draft contribution: add PDF, DOCX or ODT files, see each upload's
 * progress, remove files, and fill the contribution's body from a DOCX.
 *
 * Refused in the browser before any byte is sent, with the limit in the message: a wrong
 * extension, a file over `maxBytes`, a file beyond `maxCount`. The server checks all of this
 * again and sniffs the content (its refusals are shown the same way).
 *
 * Uploads use XMLHttpRequest rather than fetch: only XHR reports upload progress in browsers
 * (fetch has no upload progress events). One request per file, to
 * POST /api/contributions/:id/attachments (multipart, streamed on the server).
 *
 * Props:
 *  - contributionId: the saved draft's id; null while the contribution is not saved (the input is
 *    then disabled with a note: files belong to a contribution row);
 *  - initial: its attachments (listAttachments), maxBytes / maxCount: the configured limits;
 *  - onUseText(text): called with a DOCX's text (mammoth) when the person asks for it; without it
 *    the button is not shown;
 *  - onChange(items): called after each successful add or remove.
 */
import { useId, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { docxTextAction, removeAttachmentAction } from "@/lib/actions/attachments";
import type { ActionResult, ErrorCode, ErrorParams } from "@/lib/errors";
import { ACCEPT_ATTRIBUTE, ACCEPTED_TYPES, DOCX_TYPE, acceptedExtensionOf, type AttachmentItem } from "@/lib/schemas/attachment";
import { useFileSize } from "@/components/ui/file-size";
import { useActionErrorMessage } from "./action-error";

export interface AttachmentsFieldProps {
  contributionId: string | null;
  initial: AttachmentItem[];
  maxBytes: number;
  maxCount: number;
  onUseText?: (text: string) => void;
  onChange?: (items: AttachmentItem[]) => void;
}

type Notice = { kind: "error" | "info"; text: string };

export function AttachmentsField({ contributionId, initial, maxBytes, maxCount, onUseText, onChange }: AttachmentsFieldProps) {
  const t = useTranslations("attachments");
  const te = useTranslations("errors");
  const format = useFormatter();
  const fileSize = useFileSize();
  const actionError = useActionErrorMessage();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<AttachmentItem[]>(initial);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [busy, setBusy] = useState<{ id: string; action: "remove" | "read" } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const update = (next: AttachmentItem[]) => {
    setItems(next);
    onChange?.(next);
  };

  /** A server refusal in the interface language; limits formatted here (they are numbers). */
  const failureText = (code: ErrorCode, params: ErrorParams = {}) => {
    if (code === "ATTACHMENT_TOO_LARGE") return te("ATTACHMENT_TOO_LARGE", { limit: fileSize(Number(params.limit ?? maxBytes)) });
    if (code === "ATTACHMENT_LIMIT") return te("ATTACHMENT_LIMIT", { count: Number(params.count ?? maxCount) });
    return actionError(code, params);
  };

  /** Why `file` may not be sent, or null. Checked before any byte leaves the browser. */
  const refusal = (file: File, count: number): string | null => {
    if (!acceptedExtensionOf(file.name)) return t("wrongType", { name: file.name });
    if (file.size > maxBytes) return t("tooLarge", { name: file.name, size: fileSize(file.size), limit: fileSize(maxBytes) });
    if (count >= maxCount) return t("tooMany", { count: maxCount });
    return null;
  };

  const upload = (id: string, file: File) =>
    new Promise<ActionResult<AttachmentItem> | null>((resolve) => {
      const ext = acceptedExtensionOf(file.name)!;
      // Some systems declare no type (or octet-stream) for .docx/.odt: declare the extension's.
      // The server still compares it with the extension and sniffs the content.
      const declared = file.type && file.type !== "application/octet-stream" ? file.type : ACCEPTED_TYPES[ext];
      const body = new FormData();
      body.append("file", new File([file], file.name, { type: declared }));
      const xhr = new XMLHttpRequest();
      xhr.open("POST", `/api/contributions/${encodeURIComponent(id)}/attachments`);
      xhr.responseType = "json";
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) setProgress({ name: file.name, fraction: e.loaded / e.total });
      };
      xhr.onload = () => resolve((xhr.response as ActionResult<AttachmentItem>) ?? null);
      xhr.onerror = () => resolve(null);
      xhr.send(body);
    });

  async function addFiles(files: File[]) {
    if (!contributionId) return;
    let current = items;
    for (const file of files) {
      const refused = refusal(file, current.length);
      if (refused) {
        setNotice({ kind: "error", text: refused });
        break;
      }
      setProgress({ name: file.name, fraction: 0 });
      const result = await upload(contributionId, file);
      setProgress(null);
      if (!result) {
        setNotice({ kind: "error", text: t("networkError", { name: file.name }) });
        break;
      }
      if (!result.ok) {
        setNotice({ kind: "error", text: failureText(result.code, result.params) });
        break;
      }
      // The same content twice answers with the existing attachment: list it once.
      current = current.some((a) => a.id === result.data.id) ? current : [...current, result.data];
      update(current);
      setNotice({ kind: "info", text: t("uploaded", { name: result.data.filename }) });
    }
    if (inputRef.current) inputRef.current.value = "";
  }

  async function remove(item: AttachmentItem) {
    setBusy({ id: item.id, action: "remove" });
    const result = await removeAttachmentAction(null, { attachmentId: item.id });
    setBusy(null);
    if (!result.ok) return setNotice({ kind: "error", text: failureText(result.code, result.params) });
    update(items.filter((a) => a.id !== item.id));
    setNotice({ kind: "info", text: t("removed", { name: item.filename }) });
  }

  async function takeText(item: AttachmentItem) {
    setBusy({ id: item.id, action: "read" });
    setNotice({ kind: "info", text: t("readingText") });
    const result = await docxTextAction(null, { attachmentId: item.id });
    setBusy(null);
    if (!result.ok) return setNotice({ kind: "error", text: failureText(result.code, result.params) });
    if (!result.data.text.trim()) return setNotice({ kind: "error", text: t("noText", { name: item.filename }) });
    onUseText?.(result.data.text);
    setNotice({ kind: "info", text: t("textUsed", { name: item.filename }) });
  }

  const hintId = `${inputId}-hint`;
  const full = items.length >= maxCount;
  return (
    <div className="field attachments-field">
      <label htmlFor={inputId}>{t("label")}</label>
      <p className="hint" id={hintId}>
        {t("hint", { limit: fileSize(maxBytes), count: maxCount })}
        {!contributionId && <> {t("saveFirst")}</>}
      </p>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept={ACCEPT_ATTRIBUTE}
        multiple
        disabled={!contributionId || full || progress !== null}
        aria-describedby={hintId}
        onChange={(e) => void addFiles(Array.from(e.target.files ?? []))}
      />
      <div aria-live="polite">
        {progress && (
          <p>
            <progress max={1} value={progress.fraction} aria-label={progress.name} />{" "}
            {t("uploading", { name: progress.name, percent: format.number(progress.fraction, { style: "percent" }) })}
          </p>
        )}
        {notice?.kind === "info" && <p className="meta">{notice.text}</p>}
      </div>
      {notice?.kind === "error" && (
        <p className="field-error" role="alert">
          {notice.text}
        </p>
      )}
      {items.length === 0 ? (
        <p className="meta">{t("none")}</p>
      ) : (
        <ul className="attachment-list">
          {items.map((item) => (
            <li key={item.id}>
              <a href={`/api/attachments/${encodeURIComponent(item.id)}`} download>
                <bdi dir="auto" className="user-text">{item.filename}</bdi>
              </a>{" "}
              <span className="meta">({fileSize(item.size)})</span>{" "}
              <button type="button" onClick={() => void remove(item)} disabled={busy !== null} aria-label={t("removeLabel", { name: item.filename })}>
                {busy?.id === item.id && busy.action === "remove" ? t("removing") : t("remove")}
              </button>
              {onUseText && item.mediaType === DOCX_TYPE && (
                <>
                  {" "}
                  <button type="button" onClick={() => void takeText(item)} disabled={busy !== null} aria-label={t("useTextLabel", { name: item.filename })}>
                    {t("useText")}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
