/** One `name=value` part of a Cookie header, split and trimmed ("" value when it has no "="). */
export function cookiePart(part: string): { name: string; value: string } {
  const i = part.indexOf("=");
  return { name: (i < 0 ? part : part.slice(0, i)).trim(), value: i < 0 ? "" : part.slice(i + 1).trim() };
}
