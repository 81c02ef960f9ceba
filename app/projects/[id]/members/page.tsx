import type { Metadata } from "next";
import { MembersPage } from "@/components/team/members-page";

export const metadata: Metadata = { title: "Members" };

// GET /projects/:id/members — who may do what; owners manage the list.
export default async function ProjectMembersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <MembersPage projectId={id} />;
}
