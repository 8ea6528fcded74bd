/**
 * Calling the app's server actions over plain HTTP, as the browser does (benchmarks and the
 * cluster test): a POST to the form's page with the `Next-Action` header (the action's id, read
 * from the build's server reference manifest) and the React-encoded argument list as the body.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./database";

/** The id of server action `exportedName` in the build's server reference manifest. */
export function actionId(distDir: string, exportedName: string, fileHint: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, distDir, "server", "server-reference-manifest.json"), "utf8"));
  const entries = Object.entries<{ exportedName?: string; filename?: string }>(manifest.node ?? {});
  const found = entries.find(([, e]) => e.exportedName === exportedName && (!e.filename || e.filename.includes(fileHint)));
  if (!found) throw new Error(`no server action ${exportedName} in ${distDir}/server/server-reference-manifest.json`);
  return found[0];
}

export interface ActionAnswer {
  ok: boolean;
  code?: string;
  params?: Record<string, unknown>;
  data?: { id: string; referenceNumber: string };
}

/**
 * The action's return value from a React Server Components response: the root row (`0:`)
 * names the row holding the result (`"a":"$@1"`); plain JSON results are inlined there.
 */
export function actionResult(body: string): ActionAnswer | undefined {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null");
    const ref = typeof root?.a === "string" && root.a.startsWith("$@") ? root.a.slice(2) : undefined;
    const value = ref ? JSON.parse(rows.get(ref) ?? "null") : root?.a;
    return value && typeof value === "object" && "ok" in value ? value : undefined;
  } catch {
    return undefined;
  }
}
