"use client";
/** A navigation link that marks itself aria-current="page" on its own section. */
import { Link, usePathname } from "@/i18n/navigation";

export function NavLink({ href, children, notUnder = [] }: { href: string; children: React.ReactNode; notUnder?: string[] }) {
  const pathname = usePathname();
  const under = (base: string) => pathname === base || pathname.startsWith(`${base}/`);
  const current = href === "/" ? pathname === "/" : under(href) && !notUnder.some(under);
  return (
    <Link href={href} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}
