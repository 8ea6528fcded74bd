// The messages this page's client components read, and no others (components/layout/client-messages.tsx).
import { ClientMessages } from "@/components/layout/client-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["campaigns", "errors", "proposals", "status"]}>{children}</ClientMessages>;
}
