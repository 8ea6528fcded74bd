/**
 * Plain text of mammoth's HTML rendering of a DOCX, for a contribution's body (issue 12 item 12):
 * one line per paragraph, heading or list item (mammoth's raw text put a blank line between every
 * paragraph), a footnote's reference kept where it stands as "[n]" (mammoth writes it so) and the
 * footnotes themselves at the end as numbered notes "[n] text" after a blank line (raw text
 * dropped them). Table cells are separated by a tab. Parsed with htmlparser2, which decodes the
 * entities. Pure; never throws.
 */
import { Parser } from "htmlparser2";

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote"]);

export function docxHtmlToText(html: string): string {
  const body: string[] = [];
  const notes: string[] = [];
  let line = "";
  let inNote: string | null = null; // the footnote being read: its number
  let skipDepth = 0; // inside a footnote's "↑" link back to its reference
  const flush = () => {
    const text = line.replace(/[ \t]+$/u, "").replace(/^[ \t]+/u, "");
    if (text) (inNote ? notes : body).push(inNote && !notes.some((n) => n.startsWith(`[${inNote}] `)) ? `[${inNote}] ${text}` : text);
    line = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipDepth) {
          skipDepth++;
          return;
        }
        if (name === "a" && attrs.href?.startsWith("#footnote-ref-")) {
          skipDepth = 1;
          return;
        }
        if (name === "li" && attrs.id?.startsWith("footnote-")) {
          flush();
          inNote = attrs.id.slice("footnote-".length);
          return;
        }
        if (BLOCKS.has(name)) flush();
        else if (name === "br") line += "\n";
        else if (name === "td" || name === "th") line += line ? "\t" : "";
      },
      ontext(text) {
        if (!skipDepth) line += text;
      },
      onclosetag(name) {
        if (skipDepth) {
          skipDepth--;
          return;
        }
        if (name === "li" && inNote) {
          flush();
          inNote = null;
        } else if (BLOCKS.has(name) && !inNote) flush();
        else if (BLOCKS.has(name) && inNote) line += " ";
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return notes.length ? `${body.join("\n")}\n\n${notes.join("\n")}` : body.join("\n");
}
