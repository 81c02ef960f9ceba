import { z } from "zod";
import type { Analysis } from "@/lib/core/analysis/types";
import { CONTINENTS, PROVIDERS, isRegionId, type CatalogRegion, type RegionId } from "@/lib/core/catalog";
import { PlanSchema } from "@/lib/schemas/plan";
import { wellFormedString } from "@/lib/schemas/text";

/**
 * The JSON API's request and response shapes (contract in the team brief). Route handlers
 * validate requests with these, the OpenAPI document is generated from them, and the client
 * imports the inferred types. Response schemas describe what the server sends; the server does
 * not re-validate its own output, but the type assertions below keep them in step with the core.
 */

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** Type errors: "Required." when the field is missing, else what it should be. */
const typeError = (expected: string) => (issue: { input?: unknown }) => (issue.input === undefined ? "Required." : expected);

/** Free text a person types on one line: no control characters. */
const lineText = (max: number, what: string) =>
  wellFormedString({ error: typeError(`${what} must be text.`) })
    .max(max, { error: `${what} must be at most ${max} characters.` })
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { error: `${what} must not contain control characters or line breaks.` });

export const RegionIdOutSchema = z.templateLiteral([z.enum(PROVIDERS), ":", z.string()]);
export const SeveritySchema = z.enum(["critical", "warning", "info"]);
const isoDateTime = z.iso.datetime();
const count = z.int().min(0);

export const ApiIssueSchema = z.object({
  path: z.string().meta({ description: 'Field path joined with dots, e.g. "plan.regions.0.kubernetes.podCidr"; "" for the body itself.' }),
  message: z.string(),
});
export type ApiIssue = z.infer<typeof ApiIssueSchema>;

export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(ApiIssueSchema).optional(),
    latestRevision: z.int().optional().meta({ description: "Only on 409 stale_revision: the project's current revision." }),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

// ---------------------------------------------------------------------------------------------
// Route parameters and query strings

export const ProjectIdSchema = z
  .string()
  .min(1)
  .max(64, { error: "A project id is at most 64 characters." })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "A project id contains only letters, digits, - and _." });

export const RevisionNumberSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, { error: "A revision number is a whole number from 1 upwards." })
  .transform(Number);

export const ProjectParamsSchema = z.object({ id: ProjectIdSchema });
export const RevisionParamsSchema = z.object({ id: ProjectIdSchema, number: RevisionNumberSchema });

export const ProjectsQuerySchema = z.object({
  q: lineText(120, "The search text").optional().meta({ description: "Case-insensitive part of the project name." }),
});

export const LATENCY_MIN_REGIONS = 2;
export const LATENCY_MAX_REGIONS = 30;

export const LatencyQuerySchema = z.object({
  regions: z
    .string({ error: "List the regions, e.g. ?regions=aws:us-east-1,gcp:europe-west1." })
    .meta({ description: `Comma-separated region ids, ${LATENCY_MIN_REGIONS} to ${LATENCY_MAX_REGIONS}.`, example: "aws:us-east-1,gcp:europe-west1" })
    .transform((value) => value.split(",").map((id) => id.trim()))
    .pipe(
      z
        .array(
          z.custom<RegionId>((id) => typeof id === "string" && isRegionId(id), {
            error: "Unknown region: it is not in the catalog of AWS, Google Cloud and Azure regions.",
          }),
        )
        .min(LATENCY_MIN_REGIONS, { error: `Give at least ${LATENCY_MIN_REGIONS} regions.` })
        .max(LATENCY_MAX_REGIONS, { error: `Give at most ${LATENCY_MAX_REGIONS} regions.` })
        .superRefine((ids, ctx) => {
          ids.forEach((id, index) => {
            if (ids.indexOf(id) !== index) ctx.addIssue({ code: "custom", path: [index], message: `Region ${id} is listed twice.` });
          });
        }),
    ),
});

// ---------------------------------------------------------------------------------------------
// Request bodies

export const ProjectNameSchema = wellFormedString({ error: typeError("The project name must be text.") })
  .trim()
  .min(1, { error: "Give the project a name." })
  .max(120, { error: "The project name must be at most 120 characters." })
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { error: "The project name must not contain control characters or line breaks." });

export const PROJECT_TEMPLATES = ["blueprint", "blank"] as const;

export const CreateProjectBodySchema = z.strictObject({
  name: ProjectNameSchema,
  template: z.enum(PROJECT_TEMPLATES, { error: 'Choose a template: "blueprint" or "blank".' }),
  plan: PlanSchema.optional().meta({ description: "An imported plan file's plan: revision 1 is this plan instead of the template's." }),
});
export type CreateProjectBody = z.input<typeof CreateProjectBodySchema>;

export const RenameProjectBodySchema = z.strictObject({ name: ProjectNameSchema });
export type RenameProjectBody = z.input<typeof RenameProjectBodySchema>;

export const SaveRevisionBodySchema = z.strictObject({
  basedOn: z
    .int({ error: typeError("basedOn must be a whole number: the revision this edit started from (0 for the first).") })
    .min(0, { error: "basedOn must be 0 or more." }),
  plan: PlanSchema,
  note: wellFormedString({ error: typeError("The note must be text.") }).max(500, { error: "The note must be at most 500 characters." }).default(""),
});
export type SaveRevisionBody = z.input<typeof SaveRevisionBodySchema>;

export const AnalyzeBodySchema = z.strictObject({ plan: PlanSchema });
export type AnalyzeBody = z.input<typeof AnalyzeBodySchema>;

// ---------------------------------------------------------------------------------------------
// Responses

export const RevisionSummarySchema = z.object({
  number: z.int().min(1),
  basedOn: count,
  note: z.string(),
  createdAt: isoDateTime,
  createdBy: z.string().meta({ description: 'Who saved it ("" for revisions saved before sign-in existed).' }),
});
export const RevisionSchema = RevisionSummarySchema.extend({ plan: PlanSchema });
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;
export type Revision = z.infer<typeof RevisionSchema>;

export const ProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  latestRevision: count,
  latest: RevisionSchema.nullable(),
});
export type Project = z.infer<typeof ProjectSchema>;

export const ProjectSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  latestRevision: count,
  regions: z.array(RegionIdOutSchema),
  worst: SeveritySchema.nullable().meta({ description: "Worst severity among the latest revision's open (not waived) findings." }),
  openFindings: count.meta({ description: "Findings of the latest revision that are not waived." }),
  role: z.enum(["viewer", "editor", "owner"]).meta({ description: "The caller's role in the project (admins act as owners); the UI hides what it does not allow." }),
});
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;

export const ProjectListResponseSchema = z.object({ projects: z.array(ProjectSummarySchema) });
export const ProjectResponseSchema = z.object({ project: ProjectSchema });
export const RevisionListResponseSchema = z.object({ revisions: z.array(RevisionSummarySchema) });
export const RevisionResponseSchema = z.object({ revision: RevisionSchema });

export const TemplateSchema = z.object({ id: z.string(), name: z.string(), description: z.string(), plan: PlanSchema });
export const TemplateListResponseSchema = z.object({ templates: z.array(TemplateSchema) });
export type TemplateInfo = z.infer<typeof TemplateSchema>;

export const CatalogRegionSchema = z.object({
  id: RegionIdOutSchema,
  provider: z.enum(PROVIDERS),
  code: z.string(),
  name: z.string(),
  city: z.string(),
  country: z.string(),
  continent: z.enum(CONTINENTS),
  lat: z.number(),
  lon: z.number(),
  zones: z.array(z.string()),
});
export const RegionListResponseSchema = z.object({ regions: z.array(CatalogRegionSchema) });

export const LatencyPairSchema = z.object({
  from: RegionIdOutSchema,
  to: RegionIdOutSchema,
  rttMs: z.number().min(0),
  kind: z.enum(["measured", "estimated"]),
  source: z.string().optional(),
});
export const LatencyResponseSchema = z.object({ pairs: z.array(LatencyPairSchema) });
export type LatencyPair = z.infer<typeof LatencyPairSchema>;

export const HealthResponseSchema = z.object({ ok: z.literal(true), database: z.enum(["sqlite", "postgresql"]) });
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

// The analysis is computed by the core (lib/core/analysis/types.ts); these schemas document it.
// Sizing is described by its totals only: its other parts are nested explanation records.
export const SourceSchema = z.object({ title: z.string(), section: z.string().optional(), url: z.string().optional() });

export const FindingSchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  severity: SeveritySchema,
  title: z.string(),
  explanation: z.string(),
  fix: z.string(),
  fields: z.array(z.string()).meta({ description: 'Plan field paths, dot-separated: "regions.1.kubernetes.podCidr".' }),
  regions: z.array(RegionIdOutSchema),
  source: SourceSchema,
  waiver: z.object({ reason: z.string(), waivedAt: z.string() }).optional(),
});

const TotalsSchema = z.object({ vcpu: z.number(), memoryGiB: z.number(), storageGiB: z.number(), pods: z.number() });

export const AnalysisSchema = z.object({
  sizing: z.looseObject({
    cockroach: z.looseObject({}),
    teleport: z.looseObject({}),
    regions: z.array(z.looseObject({ region: RegionIdOutSchema, totals: TotalsSchema })),
    totals: TotalsSchema,
    storageClasses: z.array(z.looseObject({})),
  }),
  latency: z.array(LatencyPairSchema),
  writeLatency: z.object({
    survivalGoal: z.enum(["zone", "region"]),
    commitMs: z.number(),
    perGateway: z.array(z.object({ region: RegionIdOutSchema, writeMs: z.number(), reason: z.string() })),
    worstMs: z.number(),
    explanation: z.string(),
    source: z.string(),
  }),
  failures: z.array(
    z.object({
      region: RegionIdOutSchema,
      cockroach: z.object({ isQuorumKept: z.boolean(), votersLost: z.number(), votersTotal: z.number(), explanation: z.string() }),
      teleport: z.object({ usersGoTo: z.array(RegionIdOutSchema), hasCapacity: z.boolean(), explanation: z.string() }),
      after: z
        .object({
          grade: z.enum(["fine", "degraded", "down"]),
          gradeReason: z.string(),
          leaseholderRegion: RegionIdOutSchema.nullable(),
          writeLatency: z
            .object({
              commitMs: z.number(),
              perGateway: z.array(z.object({ region: RegionIdOutSchema, writeMs: z.number(), beforeMs: z.number().nullable(), reason: z.string() })),
              worstMs: z.number(),
              worstBeforeMs: z.number(),
              explanation: z.string(),
            })
            .nullable(),
          usersMoveTo: z.array(z.object({ region: RegionIdOutSchema, rttMs: z.number() })),
        })
        .meta({ description: "Every figure after the region has failed: leaseholder, write latency per surviving Teleport region, where users go, the grade." }),
    }),
  ),
  findings: z.array(FindingSchema),
  summary: z.object({ critical: count, warning: count, info: count, waived: count, worst: SeveritySchema.nullable() }),
});
export const AnalysisResponseSchema = z.object({ analysis: AnalysisSchema });
export type AnalysisResponse = { analysis: Analysis };

// Compile-time checks: what the core produces must fit the documented shapes.
type Assert<T extends true> = T;
export type DocumentedShapesFit = [
  Assert<CatalogRegion extends z.infer<typeof CatalogRegionSchema> ? true : false>,
  Assert<Analysis extends z.infer<typeof AnalysisSchema> ? true : false>,
];
