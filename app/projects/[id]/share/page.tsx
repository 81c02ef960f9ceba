import type { Metadata } from "next";
import { ShareLinksPage } from "@/components/share/share-links-page";

export const metadata: Metadata = { title: "Share links" };

// GET /projects/:id/share — create read-only links to the plan, see who opened them, revoke them.
export default async function ProjectSharePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ShareLinksPage projectId={id} />;
}
