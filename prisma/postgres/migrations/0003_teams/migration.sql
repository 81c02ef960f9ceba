-- Teams (issue 11): project members with roles, an append-only audit log, and who made each
-- revision, check-off and share link. Written from `prisma migrate diff` output (see prisma/README.md),
-- with ADD COLUMN instead of SQLite's table rebuild (same result for columns with a constant default).
-- Every project that exists before this migration gets the owner "unassigned": admins see it and
-- hand it to a real owner (PUT /api/projects/{id}/members/{user}), lib/server/auth/project-role.ts.

-- CreateTable
CREATE TABLE "ProjectMember" (
    "projectId" TEXT NOT NULL,
    "userName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "addedBy" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectMember_pkey" PRIMARY KEY ("projectId","userName")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "revisionNumber" INTEGER,
    "detail" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "createdBy" TEXT NOT NULL DEFAULT '';
ALTER TABLE "RunbookStep" ADD COLUMN "checkedBy" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ShareLink" ADD COLUMN "createdBy" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ShareLink" ADD COLUMN "revokedBy" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "ProjectMember_userName_idx" ON "ProjectMember"("userName");

-- CreateIndex
CREATE INDEX "AuditEntry_projectId_at_idx" ON "AuditEntry"("projectId", "at");

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing projects: owned by "unassigned" until an admin hands them over.
INSERT INTO "ProjectMember" ("projectId", "userName", "role", "addedBy")
SELECT "id", 'unassigned', 'owner', 'migration' FROM "Project";
