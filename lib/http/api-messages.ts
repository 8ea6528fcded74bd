/**
 * The open-data API's error and notice texts: the same words as the search page (messages/en.json,
 * English: the API's language), so a person reading either learns the same thing.
 */
import en from "@/messages/en.json";

export const API_MESSAGES = {
  invalidQuery: en.search.invalidQuery,
  commonWordsOnly: en.search.commonWordsOnly,
  invalidCursor: "This cursor was not made by this API, or it was changed. Start again without `cursor`, or pass the `nextCursor` of the previous page unchanged.",
} as const;
