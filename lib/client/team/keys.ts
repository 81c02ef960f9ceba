/** Query keys for who is signed in and each project's members and audit log. */
export const teamKeys = {
  me: ["me"] as const,
  members: (projectId: string) => ["projects", "detail", projectId, "members"] as const,
  audit: (projectId: string) => ["projects", "detail", projectId, "audit"] as const,
};
