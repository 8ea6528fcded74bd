import { notFound } from "next/navigation";
import { titled } from "@/i18n/metadata";

/** Any unknown path under a locale renders the localised 404 page. */
export const generateMetadata = titled("notFound", "heading");

export default function CatchAll() {
  notFound();
}
