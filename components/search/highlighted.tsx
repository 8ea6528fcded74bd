/**
 * Text with highlighted words, from the search's excerpt whose matches are wrapped in control
 * characters (lib/services/search MARK_START/MARK_END): rendered as <mark> elements, never as
 * HTML, so no markup in a contribution can get through.
 */
import { MARK_END, MARK_START } from "@/lib/search-marks";

export function Highlighted({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let rest = text;
  for (let i = 0; rest.length > 0; i++) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) {
      parts.push(rest);
      break;
    }
    const end = rest.indexOf(MARK_END, start);
    parts.push(rest.slice(0, start));
    parts.push(<mark key={i}>{rest.slice(start + 1, end < 0 ? undefined : end)}</mark>);
    rest = end < 0 ? "" : rest.slice(end + 1);
  }
  return <>{parts}</>;
}
