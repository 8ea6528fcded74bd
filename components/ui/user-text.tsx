/**
 * A string typed by a user (title, organisation name, note), shown in its own bidi isolate so
 * an Arabic title or a stray right-to-left override never reorders the dates, statuses or
 * buttons around it. With `lang`, the language (and so the direction) is declared; without
 * it the browser picks the direction from the first strong character (dir="auto").
 */
import { directionOf } from "@/lib/reference";

export function UserText({ children, lang, as: Tag = "bdi", className }: { children: string; lang?: string | null; as?: "bdi" | "span" | "div" | "p" | "h1" | "h2" | "h3"; className?: string }) {
  const cls = ["user-text", className].filter(Boolean).join(" ");
  if (lang) return <Tag lang={lang} dir={directionOf(lang)} className={cls}>{children}</Tag>;
  return <Tag dir="auto" className={cls}>{children}</Tag>;
}
