/**
 * The open-data API's error and notice texts: the same words as the search page (messages/en.json,
 * English: the API's language), so a person reading either learns the same thing.
 */
import en from "@/messages/en.json";

export const API_MESSAGES = {
  invalidQuery: en.search.invalidQuery,
  commonWordsOnly: en.search.commonWordsOnly,
  unpublished: "This document was unpublished by the secretariat: see `reason`. Its number is not given to another document.",
  notFound: "No published document has this reference or document number.",
  invalidCursor: "This cursor was not made by this API, or it was changed. Start again without `cursor`, or pass the `nextCursor` of the previous page unchanged.",
} as const;
