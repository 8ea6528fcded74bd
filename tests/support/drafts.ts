/**
 * Contributions in a given status for attachment tests, written directly (no workflow), with the
 * numbers the database's CHECK constraints require of that status.
 */
import { randomUUID } from "node:crypto";
import type { Status } from "@/lib/rules/transitions";
import { db } from "./db";
import type { World } from "./world";

function numbersFor(status: Status) {
  const id = randomUUID().slice(0, 8);
  return {
    referenceNumber: status === "DRAFT" ? null : `TEST-C-${id}`,
    documentNumber: status === "ACCEPTED" ? `TEST/DOC/${id}` : null,
  };
}

export async function createContribution(world: World, status: Status = "DRAFT", organisation: "exa" | "etu" = "exa") {
  const author = organisation === "exa" ? world.users.contributor : world.users.otherOrg;
  return db.contribution.create({
    data: {
      consultationId: world.consultation.id,
      organisationId: world[organisation].id,
      createdById: author.id,
      type: "GENERAL_INPUT",
      status,
      title: "A draft with attachments",
      summary: "Summary.",
      body: "Body.",
      language: "en",
      actionLines: ["C1"],
      sdgs: [],
      ...numbersFor(status),
    },
  });
}

/** Moves a contribution to `status` directly (test set-up only). */
export async function setStatus(id: string, status: Status) {
  return db.contribution.update({ where: { id }, data: { status, ...numbersFor(status) } });
}
