/**
 * How the production server's Node.js runs, shared by `npm start` and the benchmarks so they
 * measure what is deployed: an old-generation heap capped at SERVER_HEAP_MIB. Without a cap V8
 * lets garbage pile up to several hundred MB before a full collection (the streamed exports keep
 * about 15 MB alive, yet next-server's resident memory passed 450 MB during a 10,000-row DOCX
 * export); with it V8 collects sooner and the peak stays near the live size plus the runtime.
 * A NODE_OPTIONS that already sets --max-old-space-size wins.
 */
export const SERVER_HEAP_MIB = 384;

/** NODE_OPTIONS for the server: `current` plus the heap cap unless it sets one. */
export function serverNodeOptions(current = process.env.NODE_OPTIONS ?? ""): string {
  return /--max-old-space-size/.test(current) ? current : `${current} --max-old-space-size=${SERVER_HEAP_MIB}`.trim();
}
