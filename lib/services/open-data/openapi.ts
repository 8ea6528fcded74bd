/**
 * OpenAPI 3.1 description of /api/v1 (https://spec.openapis.org/oas/v3.1.0). Kept beside the
 * code it describes; tests/integration/open-data.test.ts checks that a real response has every
 * property this document lists.
 */
const str = { type: "string" } as const;
const filters = [
  { name: "q", in: "query", description: "Full-text search in any of the six UN languages (websearch syntax).", schema: str },
  { name: "al", in: "query", description: "Action Line, C1–C11.", schema: { type: "string", pattern: "^C([1-9]|1[01])$" } },
  { name: "sdg", in: "query", description: "Sustainable Development Goal, 1–17.", schema: { type: "integer", minimum: 1, maximum: 17 } },
  { name: "lang", in: "query", description: "Original language.", schema: { type: "string", enum: ["ar", "zh", "en", "fr", "ru", "es"] } },
  { name: "group", in: "query", description: "Stakeholder group.", schema: { type: "string", enum: ["GOVERNMENT", "PRIVATE_SECTOR", "CIVIL_SOCIETY", "INTERNATIONAL_ORGANIZATION", "TECHNICAL_COMMUNITY", "ACADEMIC_COMMUNITY"] } },
  { name: "cat", in: "query", description: "ITU membership category.", schema: { type: "string", enum: ["MEMBER_STATE", "SECTOR_MEMBER", "ASSOCIATE", "ACADEMIA", "NON_MEMBER"] } },
  { name: "region", in: "query", description: "ITU administrative region A–E.", schema: { type: "string", enum: ["A", "B", "C", "D", "E"] } },
  { name: "c7", in: "query", description: "C7 sub-item key, e.g. e-government.", schema: { type: "string", enum: ["e-government", "e-business", "e-learning", "e-health", "e-employment", "e-environment", "e-agriculture", "e-science"] } },
  { name: "country", in: "query", description: "Country of the organisation, ISO 3166-1 alpha-2.", schema: { type: "string", pattern: "^[A-Za-z]{2}$" } },
  { name: "consultation", in: "query", description: "Consultation id.", schema: str },
  { name: "type", in: "query", description: "Kind of contribution.", schema: { type: "string", enum: ["GENERAL_INPUT", "ACTION_LINE_REVISION"] } },
  { name: "year", in: "query", description: "Year of publication (UTC).", schema: { type: "integer", minimum: 2000, maximum: 2100 } },
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 50 } },
  { name: "cursor", in: "query", description: "nextCursor of the previous page.", schema: str },
];

export const publicContributionSchema = {
  type: "object",
  required: ["referenceNumber", "documentNumber", "url", "type", "title", "summary", "body", "language", "actionLines", "c7SubItems", "sdgs", "submittedAt", "publishedAt", "consultation", "organisation", "coSponsors", "answers", "attachments", "proposals", "languageVersions"],
  properties: {
    referenceNumber: { ...str, example: "WSIS20-C-0001" },
    documentNumber: { ...str, example: "CWG-WSIS&SDG/WSIS20/1" },
    url: { type: "string", format: "uri" },
    type: { type: "string", enum: ["GENERAL_INPUT", "ACTION_LINE_REVISION"] },
    title: str,
    summary: str,
    body: str,
    language: { type: "string", enum: ["ar", "zh", "en", "fr", "ru", "es"] },
    actionLines: { type: "array", items: str },
    c7SubItems: { type: "array", items: str, description: "C7 sub-item keys (only with C7)." },
    sdgs: { type: "array", items: { type: "integer" } },
    submittedAt: { type: ["string", "null"], format: "date-time" },
    publishedAt: { type: "string", format: "date-time" },
    consultation: { type: "object", properties: { code: str, slug: str, title: { type: "object", additionalProperties: str } } },
    organisation: { type: "object", properties: { name: str, membershipCategory: str, stakeholderGroup: str, country: { type: ["string", "null"] }, ituRegion: { type: ["string", "null"] } } },
    coSponsors: { type: "array", items: { type: "object", properties: { name: str } } },
    answers: { type: "array", items: { type: "object", properties: { position: { type: "integer" }, question: { type: "object", additionalProperties: str }, text: str } } },
    attachments: { type: "array", items: { type: "object", properties: { filename: str, mediaType: str, size: { type: "integer" }, sha256: str, url: { type: "string", format: "uri" } } } },
    languageVersions: {
      type: "array",
      description: "Translations of the document into other official languages, attached by the secretariat; `language` is the original's language.",
      items: {
        type: "object",
        required: ["language", "documentNumber", "title", "summary", "body"],
        properties: { language: { type: "string", enum: ["ar", "zh", "en", "fr", "ru", "es"] }, documentNumber: { ...str, example: "CWG-WSIS&SDG/WSIS20/5(Rev.1)-F" }, title: str, summary: str, body: str },
      },
    },
    proposals: {
      type: "array",
      description: "Action Line revision proposals (ITU markers ADD, MOD, SUP, NOC), each on a provision of a baseline text version (GET /api/v1/baselines/{version}); revision marks are the word difference between baselineText and text.",
      items: {
        type: "object",
        required: ["number", "marker", "ref", "actionLine", "baselineVersion", "baselineText", "text", "reasons", "decision"],
        properties: {
          number: { type: ["string", "null"], example: "EXA/WSIS20-C-0001/1" },
          marker: { type: "string", enum: ["ADD", "MOD", "SUP", "NOC"] },
          ref: { ...str, example: "9 d) i)", description: "The provision amended (ADD: the one the new text follows)." },
          actionLine: str,
          baselineVersion: { type: "integer" },
          baselineText: str,
          text: { ...str, description: "MOD: the provision as amended; ADD: the new text; SUP, NOC: empty." },
          reasons: str,
          decision: { type: "string", enum: ["PENDING", "ACCEPTED", "NOTED", "NOT_ACCEPTED"] },
        },
      },
    },
  },
} as const;

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "WSIS+20 Contributions Portal — open data",
    version: "1.0.0",
    description: "Published inputs to the ITU Council Working Group on WSIS and SDGs. Only published contributions appear; no personal data.",
  },
  paths: {
    "/api/v1/contributions": {
      get: {
        summary: "Published contributions, newest first, with the public search's filters.",
        parameters: filters,
        responses: {
          "200": {
            description: "A page of contributions.",
            content: { "application/json": { schema: { type: "object", properties: { data: { type: "array", items: publicContributionSchema }, nextCursor: { type: ["string", "null"] } } } } },
          },
          "400": { description: "The cursor is not one this API made." },
        },
      },
    },
    "/api/v1/contributions.csv": {
      get: {
        summary: "The same selection as CSV (every page, newest first; UTF-8 with a byte-order mark, CRLF; cells starting with = + - @ TAB CR prefixed with an apostrophe). `locale` = en | ar for the headers.",
        parameters: filters.filter((f) => f.name !== "limit" && f.name !== "cursor"),
        responses: { "200": { description: "RFC 4180 CSV.", content: { "text/csv": {} } } },
      },
    },
    "/api/v1/contributions/{reference}": {
      get: {
        summary: "One published document by its reference number (WSIS20-C-0001) or document number (encoded: CWG-WSIS%26SDG%2FWSIS20%2F5).",
        parameters: [{ name: "reference", in: "path", required: true, description: "A reference number or a document number.", schema: str }],
        responses: {
          "200": { description: "The document.", content: { "application/json": { schema: { type: "object", properties: { data: publicContributionSchema } } } } },
          "404": { description: "No published document has this number." },
          "410": {
            description: "The secretariat unpublished this document; its number is never given to another.",
            content: { "application/json": { schema: { type: "object", properties: { error: str, referenceNumber: str, documentNumber: str, title: str, publishedAt: { type: ["string", "null"] }, unpublishedAt: str, reason: str } } } },
          },
        },
      },
    },
    "/api/v1/baselines/{version}": {
      get: {
        summary: "A version of the baseline text that Action Line revision proposals amend (version 1: Geneva Plan of Action, section C, §8–§26), provision by provision.",
        parameters: [{ name: "version", in: "path", required: true, description: "A version number from 1, or `latest`.", schema: str }],
        responses: {
          "200": {
            description: "The baseline as a loadable definition.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    version: { type: "integer" },
                    title: str,
                    documentRef: str,
                    language: str,
                    caveats: { type: "array", items: { type: "object", properties: { ref: str, what: str } } },
                    provisions: { type: "array", items: { type: "object", properties: { ref: str, actionLine: str, kind: { type: "string", enum: ["chapeau", "subparagraph", "heading"] }, text: str, partial: { type: "boolean" }, source: str } } },
                  },
                },
              },
            },
          },
          "404": { description: "No such version." },
        },
      },
    },
    "/feed.xml": { get: { summary: "Atom feed of the 50 most recently published contributions.", responses: { "200": { description: "Atom 1.0 (RFC 4287)." } } } },
  },
} as const;
