"use client";

import { errorMessage } from "@/lib/client/api-client";
import { useAuditQuery, useProjectRole } from "@/lib/client/team/use-team-query";

/** The project's audit log for owners and admins: who did what, when, from which revision. */
export function AuditPage({ projectId }: { projectId: string }) {
  const role = useProjectRole(projectId);
  const audit = useAuditQuery(projectId, role === "owner");
  if (role !== null && role !== "owner") return <p className="banner">Only the project's owners (and admins) can read its audit log.</p>;
  return (
    <section className="panel stack" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <p className="small muted">
        Every change, oldest first; entries are never edited or removed. Also as JSON:{" "}
        <a href={`/api/projects/${encodeURIComponent(projectId)}/audit`}>/api/projects/{projectId}/audit</a>.
      </p>
      {audit.isError ? <p role="alert">{errorMessage(audit.error)}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">From revision</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {(audit.data ?? []).map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
              </td>
              <td>{entry.actor || "—"}</td>
              <td>{entry.action}</td>
              <td>{entry.revision ?? "—"}</td>
              <td className="mono small">
                {Object.entries(entry.detail)
                  .map(([key, value]) => `${key}: ${String(value)}`)
                  .join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
