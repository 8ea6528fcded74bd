/**
 * The downloads of a contribution: each file name (in a <bdi>, so an Arabic or Latin name never
 * reorders the line), its type and size. Links go to /api/attachments/:id, which sends the file
 * as a download. Server-friendly (no state); renders nothing when there are no attachments.
 * Props: `attachments` from listAttachments(actor, contributionId) (already scoped to the reader).
 */
import { useTranslations } from "next-intl";
import { ACCEPTED_TYPES, type AttachmentItem } from "@/lib/schemas/attachment";
import { FileSize } from "@/components/ui/file-size";

const TYPE_KEY: Record<string, "pdf" | "docx" | "odt"> = {
  [ACCEPTED_TYPES[".pdf"]]: "pdf",
  [ACCEPTED_TYPES[".docx"]]: "docx",
  [ACCEPTED_TYPES[".odt"]]: "odt",
};

export function AttachmentList({ attachments, headingLevel = 2 }: { attachments: AttachmentItem[]; headingLevel?: 2 | 3 }) {
  const t = useTranslations("attachments");
  if (attachments.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="attachments-heading" className="attachments">
      <Heading id="attachments-heading">{t("listHeading")}</Heading>
      <ul className="attachment-list">
        {attachments.map((a) => (
          <li key={a.id}>
            <a href={`/api/attachments/${encodeURIComponent(a.id)}`} download>
              <bdi dir="auto" className="user-text">{a.filename}</bdi>
            </a>{" "}
            <span className="meta">
              ({TYPE_KEY[a.mediaType] ? t(`types.${TYPE_KEY[a.mediaType]}`) : a.mediaType}, <FileSize bytes={a.size} />)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
