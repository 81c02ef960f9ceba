import { z } from "zod";
import { ProjectIdSchema, RevisionSchema } from "@/lib/schemas/api";
import { wellFormedString } from "@/lib/schemas/text";

/**
 * Request and response shapes of the share-link API (management under /api/projects/:id/shares,
 * reading under /api/share/:token). They follow lib/schemas/api.ts's conventions; they live here
 * because that file belongs to another engineer. Client code imports the types only.
 */

/** 1 hour to 90 days: long enough for a review cycle, short enough that links do not live forever. */
export const SHARE_EXPIRY_MIN_HOURS = 1;
export const SHARE_EXPIRY_MAX_HOURS = 90 * 24;
export const SHARE_LABEL_MAX = 100;

const isoDateTime = z.iso.datetime();

export const ShareLabelSchema = wellFormedString({ error: (issue) => (issue.input === undefined ? "Required." : "The label must be text.") })
  .trim()
  .max(SHARE_LABEL_MAX, { error: `The label must be at most ${SHARE_LABEL_MAX} characters.` })
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { error: "The label must not contain control characters or line breaks." });

export const CreateShareBodySchema = z.strictObject({
  label: ShareLabelSchema.default("").meta({ description: "Who or what the link is for, shown in the list of links (optional)." }),
  revision: z
    .int({ error: "revision must be a revision number, or null to follow the latest revision." })
    .min(1, { error: "revision must be 1 or more, or null to follow the latest revision." })
    .nullable()
    .default(null)
    .meta({ description: "Pin the link to this revision; null (the default) follows the latest revision." }),
  expiresInHours: z
    .int({ error: `expiresInHours must be a whole number of hours (${SHARE_EXPIRY_MIN_HOURS} to ${SHARE_EXPIRY_MAX_HOURS}), or null for no expiry.` })
    .min(SHARE_EXPIRY_MIN_HOURS, { error: `A link must stay valid for at least ${SHARE_EXPIRY_MIN_HOURS} hour.` })
    .max(SHARE_EXPIRY_MAX_HOURS, { error: `A link can stay valid for at most 90 days (${SHARE_EXPIRY_MAX_HOURS} hours).` })
    .nullable()
    .default(null)
    .meta({ description: "Hours until the link stops working; null (the default) for no expiry." }),
});
export type CreateShareBody = z.input<typeof CreateShareBodySchema>;

export const ShareIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: "A share link id contains only letters, digits, - and _." });
export const ShareParamsSchema = z.object({ id: ProjectIdSchema, shareId: ShareIdSchema });
/** Any text: a malformed token is answered like an unknown one (404), never with a 400 that tells them apart. */
export const ShareTokenParamsSchema = z.object({ token: z.string() });

export const ShareStatusSchema = z.enum(["active", "expired", "revoked"]);

export const ShareLinkSchema = z.object({
  id: z.string(),
  label: z.string(),
  revision: z.int().min(1).nullable().meta({ description: "The pinned revision; null when the link follows the latest revision." }),
  createdAt: isoDateTime,
  expiresAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
  lastOpenedAt: isoDateTime.nullable(),
  openCount: z.int().min(0),
  status: ShareStatusSchema,
});
export type ShareLink = z.infer<typeof ShareLinkSchema>;

export const ShareListResponseSchema = z.object({ shares: z.array(ShareLinkSchema) });
export const ShareResponseSchema = z.object({ share: ShareLinkSchema });
export const CreateShareResponseSchema = z.object({
  share: ShareLinkSchema,
  token: z.string().meta({ description: "The secret token. Shown in this response only: the server keeps just its SHA-256." }),
  path: z.string().meta({ description: "The share page, /share/<token>; prefix it with the app's origin." }),
});
export type CreateShareResponse = z.infer<typeof CreateShareResponseSchema>;

export const SharedPlanSchema = z.object({
  label: z.string(),
  projectName: z.string(),
  scope: z.enum(["latest", "revision"]).meta({ description: "latest: the link follows the newest revision; revision: it is pinned to this one." }),
  expiresAt: isoDateTime.nullable(),
  revision: RevisionSchema,
});
export type SharedPlan = z.infer<typeof SharedPlanSchema>;
export const SharedPlanResponseSchema = z.object({ share: SharedPlanSchema });
