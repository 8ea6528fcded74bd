/**
 * The largest body a server action accepts, and the browser-side check against it. Next.js
 * refuses a larger request before our code runs (experimental.serverActions.bodySizeLimit in
 * next.config.js, which must say the same number), and the page would only see a network
 * failure; checking first lets the form say what is too large and keep everything typed.
 */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

/** Size in bytes of `value` as a server action sends it (JSON, UTF-8). */
export function serialisedSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Null when `value` fits in a server action's body; else { size, limit } in MB (one decimal). */
export function tooLargeForAction(value: unknown): { size: string; limit: string } | null {
  const size = serialisedSize(value);
  if (size <= ACTION_BODY_LIMIT_BYTES) return null;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return { size: mb(size), limit: mb(ACTION_BODY_LIMIT_BYTES) };
}
