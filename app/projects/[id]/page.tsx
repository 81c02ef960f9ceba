import { DesignerPage } from "@/components/designer/designer-page";

// GET /projects/:id — the designer: map, plan form and dashboard for the project's draft.
export default async function ProjectDesignerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <DesignerPage projectId={id} />;
}
