// ESLint (flat config): Next's rules plus the layer boundaries of ARCHITECTURE.md, checked by a
// machine so that the picture stays true without anyone policing it. `npm run lint`; .ci/run runs
// it before the tests.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { serverOnlyPlugin } from "./scripts/lint/server-only-rule.js";

// Anything that reaches the database: the Prisma singleton, its factory, the generated client.
const DATABASE = [
  { group: ["@/lib/db", "@/lib/db-client", "**/lib/db", "**/lib/db-client"], message: "Only services and loaders reach the database (ARCHITECTURE.md, Layers)." },
  { group: ["@/generated/*", "**/generated/prisma/*", "@prisma/*"], message: "Only services and loaders reach the database (ARCHITECTURE.md, Layers)." },
];
// app/ may name the database's types, never reach it.
const APP_DATABASE = DATABASE.map((p) => ({ ...p, allowTypeImports: true }));
const SERVICES = [
  { group: ["@/lib/services/*", "**/lib/services/*"], message: "Components render what they are given: call services from pages (through a loader) or actions." },
  { group: ["@/lib/loaders/*", "**/lib/loaders/*"], message: "Components render what they are given: loaders are for pages." },
];

// Layers of lib/, lowest first; a folder imports only from its own layer or lower ones, so the
// picture in ARCHITECTURE.md holds (module-level cycles are caught by import/no-cycle as well).
// The role table (lib/auth/permissions.ts) is pure data and sits with the pure folders.
const LAYERS = [
  { name: "pure domain", folders: ["reference", "revision", "workflow", "rules", "schemas", "exports"] },
  { name: "infrastructure", folders: ["email", "storage"] },
  { name: "authorisation", folders: ["auth"] },
  { name: "services", folders: ["services", "http"] },
  { name: "entry points", folders: ["loaders", "actions"] },
];
const DB_FILES = ["@/lib/db", "@/lib/db-client"];
const layerRules = LAYERS.slice(0, -1).map((layer, i) => {
  const above = LAYERS.slice(i + 1).flatMap((l) => l.folders);
  const group = above.map((f) => `@/lib/${f}/*`);
  if (layer.name === "pure domain") group.push(...DB_FILES, "!@/lib/auth/permissions");
  return {
    files: layer.folders.map((f) => `lib/${f}/**/*.{ts,tsx}`),
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [{ group, message: `lib/${layer.folders.join("|")} (${layer.name}) never imports a higher layer (ARCHITECTURE.md, Layers).` }],
      }],
    },
  };
});

const config = [
  {
    ignores: [
      "node_modules/**", "generated/**", ".next/**", ".next-*/**", ".data/**",
      "e2e/screenshots/**", "test-results/**", "playwright-report/**", "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" } } },
    plugins: { portal: serverOnlyPlugin },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "portal/server-only": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: APP_DATABASE }] },
  },
  {
    // Page → loader: a page or layout asks one loader for its screen and renders; the rules and
    // the scope stay in the loader and the services beneath it. (Same rule name as above: ESLint
    // replaces its options for these files, so the database patterns are repeated.)
    files: ["app/**/page.tsx", "app/**/layout.tsx"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [
      ...APP_DATABASE,
      { group: ["@/lib/services/*", "**/lib/services/*"], message: "Pages render what their loader returns: call one lib/loaders/ function (ARCHITECTURE.md, request paths).", allowTypeImports: true },
    ] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [...DATABASE, ...SERVICES].map((p) => ({ ...p, allowTypeImports: true })) }] },
  },
  ...layerRules,
  {
    files: ["tests/**"],
    // Tests build elements with createElement and explicit children.
    rules: { "react/no-children-prop": "off" },
  },
  {
    // Informational ("the React Compiler skips this component": react-hook-form's watch, TanStack
    // Table); we do not use the compiler.
    // react-hooks/refs: useActionForm returns one object holding refs (formRef, summaryRef) that
    // forms only pass as `ref` props; the rule then reads every field of that object (pending,
    // failure…) as a ref read during render. A false positive for this shape.
    rules: { "react-hooks/incompatible-library": "off", "react-hooks/refs": "off" },
  },
  {
    // Scripts, tests and the Prisma CLI's own files run outside Next: they build their own client.
    files: ["scripts/**", "tests/**", "e2e/**", "prisma/**", "*.config.{ts,js}"],
    rules: { "portal/server-only": "off" },
  },
];

export default config;
