import type { z } from "zod";
import * as api from "@/lib/schemas/api";
import * as team from "@/lib/server/api/team-schemas";

/**
 * The team routes (sign-in, members, audit log) for the OpenAPI document, kept apart from
 * openapi-routes.ts so that file's owners merge easily. Same shape as its RouteDoc entries.
 */

export const TEAM_COMPONENTS: Record<string, z.ZodType> = {
  SetMemberBody: team.SetMemberBodySchema,
  Member: team.MemberSchema,
  MemberListResponse: team.MemberListResponseSchema,
  MemberResponse: team.MemberResponseSchema,
  AuditEntry: team.AuditEntrySchema,
  AuditListResponse: team.AuditListResponseSchema,
  MeResponse: team.MeResponseSchema,
};

const projectId = { name: "id", in: "path" as const, required: true, schema: api.ProjectIdSchema, description: "Project id." };
const user = { name: "user", in: "path" as const, required: true, schema: team.UserNameSchema, description: "The member's user name (Teleport username or OIDC user claim), URL-encoded." };

/** Routes anyone may call: no 401/403 in their answers. */
export const PUBLIC_PATHS = new Set(["/api/health", "/api/openapi.json", "/api/auth/login", "/api/auth/callback", "/api/auth/logout"]);

export const TEAM_ROUTES = [
  {
    method: "get", path: "/api/me", operationId: "whoAmI", summary: "Who is signed in, how, and whether they are an admin",
    success: { status: 200, schema: "MeResponse", description: "The signed-in user." }, errors: [],
  },
  {
    method: "get", path: "/api/auth/login", operationId: "signIn", summary: "AUTH_MODE=oidc: redirect to the OpenID provider (authorization code flow with PKCE)",
    parameters: [{ name: "returnTo", in: "query", required: false, schema: api.ProjectsQuerySchema.shape.q, description: "A path of this app to return to." }],
    success: { status: 200, schema: null, description: "A 302 redirect to the provider." }, errors: [400, 404, 503],
  },
  {
    method: "get", path: "/api/auth/callback", operationId: "signInCallback", summary: "AUTH_MODE=oidc: the provider's redirect back; sets the session cookie",
    success: { status: 200, schema: null, description: "A 302 redirect into the app." }, errors: [401, 404, 503],
  },
  {
    method: "post", path: "/api/auth/logout", operationId: "signOut", summary: "End this app's session (AUTH_MODE=oidc)",
    success: { status: 204, schema: null, description: "Signed out." }, errors: [404],
  },
  {
    method: "get", path: "/api/projects/{id}/members", operationId: "listMembers", summary: "The project's members and their roles", parameters: [projectId],
    success: { status: 200, schema: "MemberListResponse", description: "The members." }, errors: [400, 404, 503],
  },
  {
    method: "put", path: "/api/projects/{id}/members/{user}", operationId: "setMember", summary: "Add a member or change their role (owners and admins)",
    parameters: [projectId, user], body: "SetMemberBody",
    success: { status: 200, schema: "MemberResponse", description: "The member." }, errors: [400, 404, 409, 413, 415, 422, 503],
  },
  {
    method: "delete", path: "/api/projects/{id}/members/{user}", operationId: "removeMember", summary: "Remove a member (409 for the last owner)", parameters: [projectId, user],
    success: { status: 204, schema: null, description: "Removed." }, errors: [400, 404, 409, 503],
  },
  {
    method: "get", path: "/api/projects/{id}/audit", operationId: "listAudit", summary: "The project's append-only audit log, oldest first (owners and admins)", parameters: [projectId],
    success: { status: 200, schema: "AuditListResponse", description: "The entries." }, errors: [400, 404, 503],
  },
] as const;
