// `portal/server-only`: a module that imports a value from the database layer (the Prisma
// singleton `@/lib/db`, or the generated client) must also `import "server-only"`, so that a
// client component importing it — directly or through another module — fails the build instead of
// shipping database code to the browser. Type-only imports are free (they vanish at compile time).
//
// Named exception: lib/db-client.ts, the client factory that the seed and the benchmarks (plain
// Node, outside Next) use; it holds no connection of its own.
const DATABASE_MODULE = /(^@\/lib\/db$)|(^@\/generated\/prisma\b)|(\/lib\/db$)|(\/generated\/prisma\b)|(^@prisma\/client$)/;
const EXCEPTIONS = [/\/lib\/db-client\.ts$/];

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Modules that reach the database import \"server-only\"." },
    messages: { missing: "This module imports {{source}} (the database): add `import \"server-only\";` at its top." },
    schema: [],
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    if (EXCEPTIONS.some((re) => re.test(file))) return {};
    let hasServerOnly = false;
    const offenders = [];
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        if (source === "server-only") hasServerOnly = true;
        if (typeof source !== "string" || !DATABASE_MODULE.test(source)) return;
        if (node.importKind === "type") return;
        const valueSpecifiers = node.specifiers.filter((s) => s.importKind !== "type");
        if (node.specifiers.length > 0 && valueSpecifiers.length === 0) return;
        offenders.push(node);
      },
      "Program:exit"() {
        if (hasServerOnly) return;
        for (const node of offenders) context.report({ node, messageId: "missing", data: { source: node.source.value } });
      },
    };
  },
};

export const serverOnlyPlugin = { rules: { "server-only": rule } };
