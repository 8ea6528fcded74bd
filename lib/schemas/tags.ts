/**
 * The secretariat's free tags: typed as a comma-separated list, each trimmed, inner spaces
 * collapsed, 1–40 code points, no control characters; at most 10 per request, duplicates
 * (case-insensitive) dropped, first spelling kept.
 */
import { codePointLength, isStorable } from "./text";

export const TAG_MAX_LENGTH = 40;
export const TAGS_PER_REQUEST = 10;

/** The tags of `input`, or an i18n error key ("tagTooLong:40", "tooManyTags:10", "invalidCharacters"). */
export function parseTags(input: string): { tags: string[] } | { error: string } {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input.split(/[,،、，]/)) {
    const tag = raw.trim().replace(/\s+/g, " ");
    if (!tag) continue;
    if (!isStorable(tag)) return { error: "invalidCharacters" };
    if (codePointLength(tag) > TAG_MAX_LENGTH) return { error: `tagTooLong:${TAG_MAX_LENGTH}` };
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  if (tags.length > TAGS_PER_REQUEST) return { error: `tooManyTags:${TAGS_PER_REQUEST}` };
  return { tags };
}
