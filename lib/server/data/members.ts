import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import type { Member } from "@/lib/server/api/team-schemas";
import { toProjectRole, type ProjectRole } from "@/lib/server/auth/project-role";
import { getDb, type Db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/data/audit";

/**
 * Project membership. A project always keeps at least one owner: demoting or removing the last
 * one is refused (409), since nobody but an admin could manage the project afterwards.
 */

const MEMBER_SELECT = { userName: true, role: true, addedBy: true, createdAt: true } as const;
type MemberRow = { userName: string; role: string; addedBy: string; createdAt: Date };

function toMember(row: MemberRow): Member {
  return { user: row.userName, role: toProjectRole(row.role) ?? "viewer", addedBy: row.addedBy, createdAt: row.createdAt.toISOString() };
}

/** The user's role in the project, or null when they are not a member (or it does not exist). */
export async function getProjectRole(projectId: string, user: string): Promise<ProjectRole | null> {
  const db = await getDb();
  const row = await db.projectMember.findUnique({ where: { projectId_userName: { projectId, userName: user } }, select: { role: true } });
  return toProjectRole(row?.role);
}

export async function listMembers(projectId: string): Promise<Member[]> {
  const db = await getDb();
  await assertProject(db, projectId);
  const rows = await db.projectMember.findMany({ where: { projectId }, select: MEMBER_SELECT, orderBy: { userName: "asc" } });
  return rows.map(toMember);
}

async function assertProject(db: Pick<Db, "project">, projectId: string): Promise<void> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw AppError.projectNotFound(projectId);
}

async function assertOtherOwner(tx: Pick<Db, "projectMember">, projectId: string, user: string): Promise<void> {
  const owners = await tx.projectMember.count({ where: { projectId, role: "owner", NOT: { userName: user } } });
  if (owners === 0) throw new AppError("conflict", 409, `"${user}" is the project's last owner: make someone else owner first.`);
}

/** Adds a member or changes their role. */
export async function setMember(projectId: string, user: string, role: ProjectRole, actor: string): Promise<Member> {
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    await assertProject(tx, projectId);
    const current = await tx.projectMember.findUnique({ where: { projectId_userName: { projectId, userName: user } }, select: { role: true } });
    if (current?.role === "owner" && role !== "owner") await assertOtherOwner(tx, projectId, user);
    const saved = await tx.projectMember.upsert({
      where: { projectId_userName: { projectId, userName: user } },
      create: { projectId, userName: user, role, addedBy: actor },
      update: { role },
      select: MEMBER_SELECT,
    });
    await recordAudit(tx, { projectId, actor, action: "member.set", detail: { user, role, previousRole: current?.role ?? null } });
    return saved;
  });
  return toMember(row);
}

/** Removes a member (404 when they are not one). */
export async function removeMember(projectId: string, user: string, actor: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await assertProject(tx, projectId);
    const current = await tx.projectMember.findUnique({ where: { projectId_userName: { projectId, userName: user } }, select: { role: true } });
    if (!current) throw new AppError("not_found", 404, `"${user}" is not a member of this project.`);
    if (current.role === "owner") await assertOtherOwner(tx, projectId, user);
    await tx.projectMember.delete({ where: { projectId_userName: { projectId, userName: user } } });
    await recordAudit(tx, { projectId, actor, action: "member.removed", detail: { user, previousRole: current.role } });
  });
}
