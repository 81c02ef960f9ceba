/** Response shapes of the JSON API, inferred from the API's zod schemas (lib/schemas/api.ts). */
export type { Project, ProjectSummary, Revision, RevisionSummary } from "@/lib/schemas/api";

export type TemplateChoice = "blueprint" | "blank";
