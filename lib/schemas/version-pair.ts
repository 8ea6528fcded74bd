/** Parses ?from=&to= of a version comparison leniently: defaults to the last two versions. */
export function versionPair(count: number, search: { from?: string | string[]; to?: string | string[] }) {
  const num = (v: string | string[] | undefined, fallback: number) => {
    const n = Number(Array.isArray(v) ? v[0] : v);
    return Number.isInteger(n) && n >= 1 && n <= count ? n : fallback;
  };
  return { from: num(search.from, Math.max(1, count - 1)), to: num(search.to, count) };
}
