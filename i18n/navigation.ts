/** Locale-aware Link, redirect, usePathname and useRouter (keep the current locale in URLs). */
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
