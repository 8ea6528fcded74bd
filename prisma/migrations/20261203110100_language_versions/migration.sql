-- Language versions of published documents (issue 14 item 2).
CREATE TABLE "LanguageVersion" (
    "id" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "LanguageVersion_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "LanguageVersion_language_check" CHECK ("language" IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    CONSTRAINT "LanguageVersion_text_check" CHECK (char_length("title") BETWEEN 1 AND 300 AND char_length("summary") <= 3000 AND char_length("body") BETWEEN 1 AND 200000 AND "revision" >= 0)
);

CREATE UNIQUE INDEX "LanguageVersion_contributionId_language_key" ON "LanguageVersion"("contributionId", "language");
ALTER TABLE "LanguageVersion" ADD CONSTRAINT "LanguageVersion_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "Contribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Public search finds each version in its own language: the same search document and Han grams
-- as the contribution's (wsis_document, wsis_han_grams), stored, with their GIN indexes.
ALTER TABLE "LanguageVersion" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.wsis_document("language", "title", "summary", "body")) STORED;
CREATE INDEX "LanguageVersion_searchDocument_idx" ON "LanguageVersion" USING GIN ("searchDocument");
ALTER TABLE "LanguageVersion" ADD COLUMN "searchHanGrams" text[]
  GENERATED ALWAYS AS (public.wsis_han_grams(public.wsis_normalize_ar("title" || ' ' || "summary" || ' ' || "body"))) STORED;
CREATE INDEX "LanguageVersion_searchHanGrams_idx" ON "LanguageVersion" USING GIN ("searchHanGrams");
