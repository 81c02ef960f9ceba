import type { Metadata } from "next";
import { AuditPage } from "@/components/team/audit-page";

export const metadata: Metadata = { title: "Audit log" };

// GET /projects/:id/audit — the append-only record of who did what (owners and admins).
export default async function ProjectAuditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <AuditPage projectId={id} />;
}
