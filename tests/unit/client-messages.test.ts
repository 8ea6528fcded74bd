/**
 * Issue 16: a page's HTML carries only the messages its client components read. Each layout that
 * wraps its pages in <ClientMessages namespaces={[…]}> (or the root layout's list, for pages with
 * no such section layout) must name every namespace the client components under each of its pages
 * use, found by walking the imports (tests/support/client-graph.ts), and no namespace none of them
 * uses. A missing one would show "namespace.key" in the browser; an extra one is bytes sent for
 * nothing.
 */
import { describe, expect, it } from "vitest";
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { clientNeeds, ROOT } from "../support/client-graph";

const LOCALE_DIR = "app/[locale]";
const ROOT_LAYOUT = `${LOCALE_DIR}/layout.tsx`;

function listed(layout: string): string[] | null {
  const m = readFileSync(join(ROOT, layout), "utf8").match(/<ClientMessages namespaces=\{\[([^\]]*)\]\}/);
  return m ? [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]).sort() : null;
}

/** The nearest layout above a page that hands messages to the client (the root layout at worst). */
function providerOf(page: string): string {
  for (let dir = dirname(page); dir.startsWith(LOCALE_DIR) && dir !== LOCALE_DIR; dir = dirname(dir)) {
    const layout = `${dir}/layout.tsx`;
    if (existsSync(join(ROOT, layout)) && listed(layout)) return layout;
  }
  return ROOT_LAYOUT;
}

const pages = execSync(`find '${LOCALE_DIR}' -name page.tsx`, { cwd: ROOT }).toString().trim().split("\n").sort();
const needsOf = (file: string) => clientNeeds(join(ROOT, file)).namespaces;

describe("messages handed to the browser", () => {
  it("finds client components and their namespaces (the walk itself works)", () => {
    expect(needsOf(`${LOCALE_DIR}/signin/page.tsx`)).toContain("signin");
    expect(needsOf(`${LOCALE_DIR}/my/contributions/[id]/edit/page.tsx`)).toEqual(expect.arrayContaining(["contribution", "attachments", "validation"]));
    expect(needsOf(`${LOCALE_DIR}/contributions/page.tsx`)).toEqual([]);
  });

  it("every layout's list is exactly what its pages' client components use", () => {
    const expected = new Map<string, Set<string>>();
    const add = (layout: string, names: string[]) => {
      const set = expected.get(layout) ?? new Set<string>();
      for (const n of names) set.add(n);
      expected.set(layout, set);
    };
    // The root layout's own client components (header) and the error page sit under its provider.
    add(ROOT_LAYOUT, [...needsOf(ROOT_LAYOUT), ...needsOf(`${LOCALE_DIR}/error.tsx`), ...needsOf(`${LOCALE_DIR}/not-found.tsx`)]);
    for (const page of pages) add(providerOf(page), needsOf(page));
    for (const [layout, names] of expected) expect({ layout, namespaces: listed(layout) }).toEqual({ layout, namespaces: [...names].sort() });
  });

  it("the public pages get no section's messages", () => {
    for (const page of ["page.tsx", "contributions/page.tsx", "contributions/[ref]/page.tsx", "statistics/page.tsx", "action-lines/page.tsx"]) {
      expect(providerOf(`${LOCALE_DIR}/${page}`)).toBe(ROOT_LAYOUT);
    }
    expect(listed(ROOT_LAYOUT)!.length).toBeLessThanOrEqual(3);
  });
});
