"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useProjectQuery } from "@/lib/client/projects/use-projects-query";
import { useProjectRole } from "@/lib/client/team/use-team-query";
import styles from "./project-header.module.css";

const TABS = [
  { label: "Design", suffix: "" },
  { label: "Runbook", suffix: "/runbook" },
  { label: "Bundle", suffix: "/bundle" },
  { label: "History", suffix: "/history" },
  { label: "Share", suffix: "/share", needs: "owner" },
  { label: "Members", suffix: "/members" },
  { label: "Audit log", suffix: "/audit", needs: "owner" },
] as const;

/** Project name and revision above the tabs; the tab of the current page is marked aria-current. */
export function ProjectHeader({ id }: { id: string }) {
  const pathname = usePathname();
  const project = useProjectQuery(id);
  const role = useProjectRole(id);
  const base = `/projects/${encodeURIComponent(id)}`;
  return (
    <div className={styles.header}>
      <nav aria-label="Breadcrumb" className="small">
        <Link href="/">Projects</Link> <span aria-hidden="true">/</span>
      </nav>
      <div className={styles.titleRow}>
        {project.data ? (
          <h1 className={styles.title}>{project.data.name}</h1>
        ) : project.isError ? (
          <h1 className={styles.title}>Project unavailable</h1>
        ) : (
          <h1 className={styles.title}>
            <span className="skeleton" style={{ display: "inline-block", width: "14rem", height: "1.4rem" }} />
            <span className="visually-hidden">Loading project</span>
          </h1>
        )}
        {project.data ? (
          <span className="muted small">
            {project.data.latestRevision === 0 ? "Not saved yet" : `Latest revision ${project.data.latestRevision}`}
          </span>
        ) : null}
        {role ? (
          <span className="muted small" data-testid="project-role">
            Your role: {role}
          </span>
        ) : null}
      </div>
      <nav aria-label="Project" className="tabs">
        {TABS.filter((tab) => !("needs" in tab) || role === tab.needs).map((tab) => {
          const href = `${base}${tab.suffix}`;
          const isCurrent = tab.suffix === "" ? pathname === base || pathname === `/projects/${id}` : pathname.startsWith(href);
          return (
            <Link key={tab.label} href={href} aria-current={isCurrent ? "page" : undefined}>
              {tab.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
