/**
 * How the admin's screens and exports name a person: as they are now. A deleted account shows
 * no name or e-mail (they were removed with it); an event without an actor was the system's.
 */
export interface PersonRef {
  id: string;
  name: string | null;
  email: string;
  deletedAt: Date | null;
}

export type PersonLabel = { kind: "none" | "deleted" | "person"; name: string; email: string };

export function personLabel(p: PersonRef | null): PersonLabel {
  if (!p) return { kind: "none", name: "", email: "" };
  if (p.deletedAt) return { kind: "deleted", name: "", email: "" };
  return { kind: "person", name: p.name ?? "", email: p.email };
}
