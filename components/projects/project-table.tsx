import type { ProjectSummary } from "@/lib/client/api-types";
import { ProjectRow } from "./project-row";
import styles from "./projects.module.css";

function Head() {
  return (
    <thead>
      <tr>
        <th scope="col">Name</th>
        <th scope="col">Regions</th>
        <th scope="col">Last change</th>
        <th scope="col">Worst open finding</th>
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}

export function ProjectTable({ projects, isRefreshing, onDelete }: { projects: ProjectSummary[]; isRefreshing: boolean; onDelete: (p: ProjectSummary) => void }) {
  return (
    <table className={styles.table} aria-busy={isRefreshing} data-testid="project-table">
      <Head />
      <tbody>
        {projects.map((project) => (
          <ProjectRow key={project.id} project={project} onDelete={onDelete} />
        ))}
      </tbody>
    </table>
  );
}

/** Placeholder rows of the table's final height, so the list does not jump when it arrives. */
export function ProjectTableSkeleton() {
  return (
    <table className={styles.table} aria-busy="true" aria-label="Loading projects">
      <Head />
      <tbody>
        {[0, 1, 2].map((i) => (
          <tr key={i}>
            {[12, 16, 6, 8, 8].map((width, j) => (
              <td key={j}>
                <div className="skeleton" style={{ height: "1.1rem", width: `${width}rem`, maxWidth: "100%" }} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
