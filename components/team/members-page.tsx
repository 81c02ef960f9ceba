"use client";

import { useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/client/api-client";
import { useMemberMutations, useMembersQuery, useProjectRole } from "@/lib/client/team/use-team-query";
import { PROJECT_ROLES, type ProjectRole } from "@/lib/server/auth/project-role";

const ROLE_HELP: Record<ProjectRole, string> = {
  viewer: "reads the plan, runbook, bundle and history",
  editor: "also saves revisions, restores, waives findings and checks off runbook steps",
  owner: "also manages members and share links, renames and deletes the project",
};

/** Members of a project; owners (and admins) add, change and remove them by user name. */
export function MembersPage({ projectId }: { projectId: string }) {
  const members = useMembersQuery(projectId);
  const role = useProjectRole(projectId);
  const { setRole, remove } = useMemberMutations(projectId);
  const [user, setUser] = useState("");
  const [newRole, setNewRole] = useState<ProjectRole>("viewer");
  const isOwner = role === "owner";
  const error = setRole.error ?? remove.error;

  function onAdd(event: FormEvent) {
    event.preventDefault();
    if (user.trim() === "") return;
    setRole.mutate({ user: user.trim(), role: newRole }, { onSuccess: () => setUser("") });
  }

  return (
    <section className="panel stack" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <ul className="small">
        {PROJECT_ROLES.map((r) => (
          <li key={r}>
            <strong>{r}</strong>: {ROLE_HELP[r]}
          </li>
        ))}
      </ul>
      {members.isError ? <p role="alert">{errorMessage(members.error)}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col">Added by</th>
            {isOwner ? <th scope="col">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {(members.data ?? []).map((member) => (
            <tr key={member.user} data-testid={`member-${member.user}`}>
              <td>{member.user}</td>
              <td>
                {isOwner ? (
                  <select
                    aria-label={`Role of ${member.user}`}
                    value={member.role}
                    onChange={(event) => setRole.mutate({ user: member.user, role: event.target.value as ProjectRole })}
                  >
                    {PROJECT_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                ) : (
                  member.role
                )}
              </td>
              <td className="muted">{member.addedBy || "—"}</td>
              {isOwner ? (
                <td>
                  <button type="button" className="btn btn-small btn-danger" onClick={() => remove.mutate(member.user)} aria-label={`Remove ${member.user}`}>
                    Remove
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {isOwner ? (
        <form className="row" onSubmit={onAdd} aria-label="Add a member">
          <label>
            User name{" "}
            <input value={user} onChange={(event) => setUser(event.target.value)} required maxLength={200} name="member-user" />
          </label>
          <label>
            Role{" "}
            <select aria-label="New member's role" value={newRole} onChange={(event) => setNewRole(event.target.value as ProjectRole)} name="member-role">
              {PROJECT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-primary" disabled={setRole.isPending}>
            Add member
          </button>
        </form>
      ) : null}
      {error ? <p role="alert">{errorMessage(error)}</p> : null}
    </section>
  );
}
