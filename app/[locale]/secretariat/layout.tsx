// The messages this section's client components read, and no others (components/layout/client-messages.tsx).
import { ClientMessages } from "@/components/layout/client-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["affiliation", "announcements", "baselines", "campaigns", "consultation", "consultations", "decision", "documents", "duplicates", "errors", "extension", "meetings", "members", "proposals", "publication", "queue", "reasonCodes", "status", "triage", "validation", "verify"]}>{children}</ClientMessages>;
}
