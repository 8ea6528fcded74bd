/**
 * Migrations are run statement by statement (prisma/cli-adapter.ts splitStatements): a ";" inside
 * a dollar-quoted function body is not a statement's end, every other ";" is.
 */
import { describe, expect, it } from "vitest";
import { splitStatements } from "@/prisma/cli-adapter";

describe("splitStatements", () => {
  it("splits at semicolons outside dollar quotes only", () => {
    const script = `CREATE TABLE t (a int);\n-- a comment\nCREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n  DELETE FROM t;\n  RETURN NULL;\nEND\n$fn$;\nSELECT $$a;b$$;  ;\n`;
    expect(splitStatements(script)).toEqual([
      "CREATE TABLE t (a int)",
      "-- a comment\nCREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n  DELETE FROM t;\n  RETURN NULL;\nEND\n$fn$",
      "SELECT $$a;b$$",
    ]);
  });

  it("splits a script without dollar quotes as the adapter does", () => {
    const script = "CREATE INDEX a ON t (x);\nALTER TABLE t ADD CONSTRAINT c CHECK (x > 0);";
    expect(splitStatements(script)).toEqual(script.split(";").map((s) => s.trim()).filter(Boolean));
  });
});
