/**
 * The secretariat loads a revised baseline text (e.g. the WSIS+20 outcome) as a new version;
 * earlier versions, and the proposals tied to them, stay as they are.
 * Input: a baseline definition (lib/revision/baseline-source.ts ZBaselineDefinition), as parsed
 * JSON. Returns the new version's id and number.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no baseline.load) | VALIDATION (the definition
 *   does not parse: fieldErrors by path, e.g. "provisions.3.ref").
 */
import "server-only";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ZBaselineDefinition } from "@/lib/revision/baseline-source";
import { fieldErrorsOf } from "@/lib/schemas/text";
import { recordAudit } from "@/lib/services/audit";
import { insertBaseline } from "./baseline";

export async function loadBaseline(actor: Actor, raw: unknown): Promise<{ id: string; version: number }> {
  assertCan(actor, "baseline.load");
  const parsed = ZBaselineDefinition.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", {}, fieldErrorsOf(parsed.error));
  const attempt = () =>
    db.$transaction(async (tx) => {
      const loaded = await insertBaseline(tx, parsed.data, actor.userId);
      await recordAudit(tx, { actorId: actor.userId, action: "baseline.load", data: { version: loaded.version, provisions: parsed.data.provisions.length } });
      return loaded;
    });
  try {
    return await attempt();
  } catch (e) {
    // Two loads at once read the same latest version and the unique version refused one: it
    // simply becomes the next version.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return attempt();
    throw e;
  }
}
