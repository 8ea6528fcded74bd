/** next-intl request configuration: the catalogue of the URL's locale (English for anything else). */
import { getRequestConfig } from "next-intl/server";
import { catalogueFor } from "./catalogues";

export default getRequestConfig(async ({ requestLocale }) => {
  const { locale, messages } = catalogueFor((await requestLocale) ?? "en");
  return { locale, messages, timeZone: "UTC" };
});
