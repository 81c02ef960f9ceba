"use client";

import Link from "next/link";
import { ApiError, errorMessage } from "@/lib/client/api-client";
import { useProjectQuery } from "@/lib/client/projects/use-projects-query";
import { useProjectRole } from "@/lib/client/team/use-team-query";
import { ErrorState } from "@/components/ui/error-state";
import { Designer } from "./designer";
import styles from "./designer.module.css";

/** Loads the project, then mounts the designer on its latest revision (or a blank draft). */
export function DesignerPage({ projectId }: { projectId: string }) {
  const project = useProjectQuery(projectId);
  const role = useProjectRole(projectId);
  if (project.isPending) return <DesignerSkeleton />;
  if (project.isError) {
    const isMissing = project.error instanceof ApiError && (project.error.status === 404 || project.error.status === 400);
    return isMissing ? (
      <ErrorState title="This project does not exist" message="It may have been deleted, or the link is mistyped.">
        <Link className="btn" href="/">
          Back to the project list
        </Link>
      </ErrorState>
    ) : (
      <ErrorState
        title="The project could not be loaded"
        message={`${errorMessage(project.error)} Nothing was changed.`}
        onRetry={() => void project.refetch()}
        isRetrying={project.isFetching}
      >
        <Link className="btn" href="/">
          Back to the project list
        </Link>
      </ErrorState>
    );
  }
  if (role === null) return <DesignerSkeleton />;
  return <Designer key={project.data.id} project={project.data} isReadOnly={role === "viewer"} />;
}

/** Placeholder blocks in the designer's final layout, so the page does not jump when it loads. */
function DesignerSkeleton() {
  return (
    <div className={styles.designer} aria-busy="true" aria-label="Loading the designer">
      <div className="skeleton" style={{ height: "2.75rem" }} />
      <div className={styles.skeletonMap}>
        <div className="skeleton" style={{ aspectRatio: "960 / 470" }} />
        <div className="skeleton" style={{ height: "100%" }} />
      </div>
      <div className={styles.workArea}>
        <div className="skeleton" style={{ height: "24rem" }} />
        <div className="skeleton" style={{ height: "24rem" }} />
      </div>
    </div>
  );
}
