import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding, type RuleFinding } from "./finding";
import { GITHUB } from "./github-source";
import { teleportRegions } from "./plan-regions";
import { compareVersions, parseVersion } from "./version";

const ID = "s3-complete-initiators";
const BLUEPRINT_SOURCE = BLUEPRINT("Setting up multi-region AWS S3 replication");
const PR_SOURCE = GITHUB("gravitational/teleport", "pull request", 54869, "complete_initiators for replicated S3 buckets");

/**
 * First release of each major that supports `complete_initiators` (Teleport PR #54869: 17.4.6+,
 * 16.5.5+, 15.5.0+); every later major has it.
 */
export const COMPLETE_INITIATORS_SINCE: Readonly<Record<number, string>> = { 15: "15.5.0", 16: "16.5.5", 17: "17.4.6" };
const FIRST_MAJOR = 15;
const LAST_LISTED_MAJOR = 17;

export function supportsCompleteInitiators(version: string): boolean {
  const [major] = parseVersion(version);
  if (major < FIRST_MAJOR) return false;
  if (major > LAST_LISTED_MAJOR) return true;
  return compareVersions(version, COMPLETE_INITIATORS_SINCE[major] ?? "0.0.0") >= 0;
}

/**
 * With replicated S3 buckets, each Auth must complete only the uploads it started, or it tries to
 * complete the multipart uploads that replication copied in. The blueprint sets
 * `complete_initiators=<teleport-iam-role>` in `audit_sessions_uri`, which needs a Teleport
 * version that supports it and the IAM role's name.
 */
export const s3CompleteInitiatorsRule: Rule = {
  id: ID,
  title: "Replicated S3 without complete_initiators",
  source: BLUEPRINT_SOURCE,
  check: ({ plan }) => {
    if (plan.objectStorage.kind !== "s3") return [];
    const regions = teleportRegions(plan).map((r) => r.id);
    const findings: RuleFinding[] = [];
    const { version } = plan.teleport;
    if (!supportsCompleteInitiators(version))
      findings.push(
        finding(ID, {
          subject: "version",
          severity: "warning",
          title: `Teleport ${version} does not support complete_initiators`,
          explanation:
            "With S3 buckets replicated between regions, each Teleport Auth must complete only the uploads it started itself, otherwise it also tries to complete uploads created by the replication rules. " +
            `The blueprint sets complete_initiators in audit_sessions_uri for this; it exists from Teleport 17.4.6, 16.5.5 and 15.5.0 (pull request #54869), and Teleport ${version} lacks it.`,
          fix: "Use Teleport 17.4.6 or later (or 16.5.5+ / 15.5.0+ on those majors).",
          fields: ["teleport.version"],
          regions,
          source: PR_SOURCE,
        }),
      );
    if (plan.objectStorage.uploaderRole.trim() === "")
      findings.push(
        finding(ID, {
          subject: "uploader-role",
          severity: "warning",
          title: "No IAM role for complete_initiators",
          explanation:
            "The blueprint sets complete_initiators=<teleport-iam-role> in audit_sessions_uri so Teleport completes only its own uploads, not those caused by bucket replication. " +
            "<teleport-iam-role> is the IAM role the Auth Service uploads recordings with; the plan does not name it, so the setting cannot be generated.",
          fix: "Enter the name of the IAM role Teleport's Auth Service uses to upload session recordings.",
          fields: ["objectStorage.uploaderRole"],
          regions,
          source: BLUEPRINT_SOURCE,
        }),
      );
    return findings;
  },
};
