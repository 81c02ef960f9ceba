import type { ProjectSummary } from "@/lib/client/api-types";
import { SeverityBadge } from "@/components/ui/severity-badge";

/** The worst open finding of the latest revision, with the count of open findings. */
export function ProjectFindings({ project }: { project: ProjectSummary }) {
  if (project.latestRevision === 0) return <span className="muted">No plan saved yet</span>;
  if (project.worst === null) return <SeverityBadge severity={null} />;
  const label = `${project.worst === "critical" ? "Critical" : project.worst === "warning" ? "Warning" : "Info"} · ${project.openFindings} open finding${project.openFindings === 1 ? "" : "s"}`;
  return <SeverityBadge severity={project.worst} label={label} />;
}
