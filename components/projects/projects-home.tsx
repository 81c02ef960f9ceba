"use client";

import { LoopbackNotice } from "@/components/team/loopback-notice";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { errorMessage } from "@/lib/client/api-client";
import type { ProjectSummary } from "@/lib/client/api-types";
import { useProjectsQuery } from "@/lib/client/projects/use-projects-query";
import { ImportPlanPanel } from "@/components/plan-files/import-plan-panel";
import { ErrorState } from "@/components/ui/error-state";
import { CreateProjectForm } from "./create-project-form";
import { DeleteProjectDialog } from "./delete-project-dialog";
import { ProjectTable, ProjectTableSkeleton } from "./project-table";
import styles from "./projects.module.css";

const SEARCH_DEBOUNCE_MS = 250;

/** The home page: create a project, search projects by name (?q=), rename and delete them. */
export function ProjectsHome() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const q = searchParams.get("q") ?? "";
  const [search, setSearch] = useState(q);
  const [toDelete, setToDelete] = useState<ProjectSummary | null>(null);
  const projects = useProjectsQuery(q.trim());

  // The URL is the source of truth for the search so it can be shared and survives reloads.
  useEffect(() => {
    if (search === q) return;
    const timer = setTimeout(() => router.replace(search ? `${pathname}?q=${encodeURIComponent(search)}` : pathname, { scroll: false }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, q, pathname, router]);

  const list = projects.data;
  return (
    <div className="stack" style={{ gap: "1.25rem" }}>
      <div className={styles.heading}>
        <h1>Projects</h1>
        <p className="muted">Design a multi-region Teleport deployment backed by CockroachDB, see it sized and checked, and export it.</p>
      </div>
      <LoopbackNotice />
      <CreateProjectForm />
      <ImportPlanPanel target={{ kind: "new-project" }} />
      <section className="panel stack" aria-labelledby="project-list-heading">
        <div className={styles.listHeader}>
          <h2 id="project-list-heading">Your projects</h2>
          <div className="row">
            <label htmlFor="project-search">Search by name</label>
            <input id="project-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Filter projects" />
          </div>
        </div>
        <div aria-live="polite" className="visually-hidden">
          {list ? `${list.length} project${list.length === 1 ? "" : "s"}${q ? ` match “${q}”` : ""}` : ""}
        </div>
        {projects.isPending ? (
          <ProjectTableSkeleton />
        ) : projects.isError ? (
          <ErrorState
            title="The projects could not be loaded"
            message={`${errorMessage(projects.error)} Your projects are stored on the server and nothing was changed.`}
            onRetry={() => void projects.refetch()}
            isRetrying={projects.isFetching}
          />
        ) : list && list.length === 0 && q ? (
          <p className={styles.empty}>
            No project name contains “{q}”.{" "}
            <button type="button" className="btn btn-small" onClick={() => setSearch("")}>
              Clear the search
            </button>
          </p>
        ) : list && list.length === 0 ? (
          <p className={styles.empty}>No projects yet — create one from the blueprint template to start.</p>
        ) : (
          <ProjectTable projects={list ?? []} isRefreshing={projects.isFetching} onDelete={setToDelete} />
        )}
      </section>
      <DeleteProjectDialog project={toDelete} onClose={() => setToDelete(null)} />
    </div>
  );
}
