-- Issue 12 item 18: text is stored in Unicode Normalization Form C (lib/schemas/text.ts nfc)
-- from now on. Text stored before is composed here too, so searches in NFC find it. The generated
-- search columns follow by themselves. Only rows that are not NFC yet are rewritten.
UPDATE "Contribution" SET "title" = normalize("title", NFC) WHERE "title" IS NOT NULL AND "title" IS NOT NFC NORMALIZED;
UPDATE "Contribution" SET "summary" = normalize("summary", NFC) WHERE "summary" IS NOT NULL AND "summary" IS NOT NFC NORMALIZED;
UPDATE "Contribution" SET "body" = normalize("body", NFC) WHERE "body" IS NOT NULL AND "body" IS NOT NFC NORMALIZED;
UPDATE "Organisation" SET "name" = normalize("name", NFC) WHERE "name" IS NOT NFC NORMALIZED;
