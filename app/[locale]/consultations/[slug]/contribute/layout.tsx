// The messages this section's client components read, and no others (components/layout/client-messages.tsx).
import { ClientMessages } from "@/components/layout/client-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["attachments", "consultation", "contribution", "contributionType", "errors", "form", "localCopy", "proposals", "status", "validation"]}>{children}</ClientMessages>;
}
