import pg from "pg";
import { startBenchEnvironment } from "./bench/environment";
import { seedContributions } from "./bench/seed-contributions";
import { writeFileSync } from "node:fs";
async function main() {
  const env = await startBenchEnvironment();
  await seedContributions(env.databaseUrl, 10000, "published");
  writeFileSync("/tmp/ex/url", env.databaseUrl);
  console.log("READY", env.databaseUrl);
  await new Promise((r) => setTimeout(r, 40 * 60 * 1000));
  await env.stop();
}
main();
