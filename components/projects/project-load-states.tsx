import Link from "next/link";
import { ApiError, errorMessage } from "@/lib/client/api-client";
import { ErrorState } from "@/components/ui/error-state";

/**
 * What a project tab shows when its data could not be loaded: a project that does not exist
 * (404, or an id that cannot exist) gets a way back to the list; anything else gets the reason
 * and a retry.
 */
export function ProjectLoadError({ error, what, onRetry }: { error: unknown; what: string; onRetry: () => void }) {
  const isMissing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <ErrorState
      title={isMissing ? "This project does not exist" : `The ${what} could not be loaded`}
      message={isMissing ? "It may have been deleted, or the link is mistyped." : errorMessage(error)}
      onRetry={isMissing ? undefined : onRetry}
    >
      <Link className="btn" href="/">
        Back to the project list
      </Link>
    </ErrorState>
  );
}

/** A tab that works on saved revisions, for a project that has none yet: where to go first. */
export function NoRevisionYet({ projectId, what }: { projectId: string; what: string }) {
  return (
    <div className="banner banner-info" role="note">
      <span aria-hidden="true" className="sev sev-info">
        ℹ
      </span>
      <div className="stack" style={{ gap: "0.4rem" }}>
        <strong>No saved revision yet</strong>
        <span>{`The ${what} is generated from a saved revision. Save the plan in the designer first.`}</span>
        <Link className="btn" href={`/projects/${encodeURIComponent(projectId)}`}>
          Open the designer
        </Link>
      </div>
    </div>
  );
}
