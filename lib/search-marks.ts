/**
 * Markers around highlighted words in ts_headline output: control characters, which stored text
 * cannot contain (lib/schemas/text.ts isStorable), so they can be split on safely. Shared by the
 * search service and the component that renders them (no server-only import here).
 */
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";
