"use client";

import { errorMessage } from "@/lib/client/api-client";
import type { ProjectSummary } from "@/lib/client/api-types";
import { useDeleteProjectMutation } from "@/lib/client/projects/use-projects-mutation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** Confirms deleting a project and all its revisions. */
export function DeleteProjectDialog({ project, onClose }: { project: ProjectSummary | null; onClose: () => void }) {
  const remove = useDeleteProjectMutation();
  const revisions = project?.latestRevision ?? 0;
  return (
    <ConfirmDialog
      isOpen={project !== null}
      title={`Delete “${project?.name ?? ""}”?`}
      confirmLabel="Delete project"
      isDanger
      isBusy={remove.isPending}
      error={remove.isError ? errorMessage(remove.error) : null}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
      onConfirm={() => {
        if (project) remove.mutate(project.id, { onSuccess: () => (remove.reset(), onClose()) });
      }}
    >
      <p>
        {revisions === 0
          ? "This deletes the project; it has no saved revision. It cannot be undone."
          : `This deletes the project and ${revisions === 1 ? "its only revision" : `all ${revisions} of its revisions`}. It cannot be undone; export a bundle first if you need a copy.`}
      </p>
    </ConfirmDialog>
  );
}
