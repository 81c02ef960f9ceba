import type { Plan } from "@/lib/schemas/plan";
import type { Severity, Source } from "../analysis/types";
import { TELEPORT_DOC } from "../sources";
import { GITHUB } from "./github-source";
import { compareVersions, parseVersion } from "./version";

/**
 * A Teleport defect that hits this architecture (CockroachDB backend and audit log, proxy
 * peering), with the first release of each major line that carries the fix.
 *
 * How a version is judged (`isAffected`): a major line listed in `fixedIn` is affected below its
 * fixed release; a major line newer than every listed one branched after the fix and is not
 * affected; any other line (older, or a gap such as a backport whose release could not be
 * verified, see `unverifiedBackports`) is affected. `affectedFrom` bounds the defect from
 * below: the code it lives in did not exist earlier.
 */
export type TeleportDefect = {
  /** Also the rule id and finding id; stable so waivers stay attached. */
  id: string;
  severity: Severity;
  title: string;
  /** What goes wrong, in one or two sentences the finding repeats. */
  problem: string;
  /** Release per major line that first carries the fix, e.g. { 17: "17.0.3", 16: "16.4.9" }. */
  fixedIn: Record<number, string>;
  /** Major lines whose backport PR merged but whose release could not be confirmed at the source. */
  unverifiedBackports?: Record<number, string>;
  /** First release that contains the defective code (older releases cannot have it). */
  affectedFrom?: string;
  /** Plans the defect can reach (proxy peering off means the peering defects cannot bite). */
  appliesTo?: (plan: Plan) => boolean;
  fields: string[];
  sources: [Source, ...Source[]];
};

const TELEPORT = "gravitational/teleport";
const withPeering = (plan: Plan) => plan.teleport.proxyPeering.enabled;
/** Teleport 15.4.2 added audit events in CockroachDB (changelog: "experimental support for storing audit events in cockroach", #42549). */
export const CRDB_AUDIT_SINCE = "15.4.2";

/**
 * The table. Fixed-in releases were read in Teleport's CHANGELOG.md (master, 2026): 16.2.1 lists
 * #46147, 17.0.3 lists #49469 and #49589, 16.4.9 lists #49470 and #49590, 17.7.7 lists #59557
 * and 18.2.3 lists #59556. The 15.x (and, for #59555, 16.x) backports merged but no stored
 * release note of those lines names them, so those lines stay affected with a note.
 */
export const TELEPORT_DEFECTS: readonly TeleportDefect[] = [
  {
    id: "teleport-audit-events-version",
    severity: "critical",
    title: "audit events in CockroachDB are not supported",
    problem:
      "The blueprint stores Teleport's audit events in CockroachDB through its PostgreSQL protocol (audit_events_uri pointing at the teleport_audit database). Teleport's backend docs say this requires Teleport 15.4.2 or later; an older Auth Service refuses the configuration.",
    fixedIn: { 15: CRDB_AUDIT_SINCE },
    fields: ["teleport.version"],
    sources: [TELEPORT_DOC("Storage backends", "https://goteleport.com/docs/reference/deployment/backends/", "PostgreSQL")],
  },
  {
    id: "teleport-defect-audit-retention",
    severity: "critical",
    title: "deletes audit events on every clean-up",
    problem:
      "The CockroachDB audit log backend sent the retention period in the wrong unit; the default one-year retention overflowed to a negative interval, so the hourly clean-up deleted the audit events, and disable_cleanup failed at start-up (gravitational/teleport#46125).",
    fixedIn: { 16: "16.2.1" },
    unverifiedBackports: { 15: "https://github.com/gravitational/teleport/pull/46148" },
    affectedFrom: CRDB_AUDIT_SINCE,
    fields: ["teleport.version"],
    sources: [
      GITHUB(TELEPORT, "issue", 46125, "pgevents: wrong retention period calculation and no way to disable cleanup on CockroachDB"),
      GITHUB(TELEPORT, "pull request", 46147, "[v16] pgevents: fix retention_period and disable_cleanup on crdb"),
    ],
  },
  {
    id: "teleport-defect-crdb-setup-timeout",
    severity: "warning",
    title: "Auth can fail to start away from the primary region",
    problem:
      "The Auth Service gave CockroachDB 5 s to configure the audit table's TTL at start-up; from regions far from the primary that timed out and Auth restarted until one attempt was fast enough (gravitational/teleport#49365; PR #49466 raised it to 30 s).",
    fixedIn: { 17: "17.0.3", 16: "16.4.9" },
    unverifiedBackports: { 15: "https://github.com/gravitational/teleport/pull/49471" },
    affectedFrom: CRDB_AUDIT_SINCE,
    fields: ["teleport.version"],
    sources: [
      GITHUB(TELEPORT, "pull request", 49466, "Increase pgevents TTL setting query timeout"),
      GITHUB(TELEPORT, "issue", 49365, "CockroachDB Storage Backend Issues with Auth Server Restart"),
    ],
  },
  {
    id: "teleport-defect-peered-dial",
    severity: "critical",
    title: "resources answer only through the proxy holding their tunnel",
    problem:
      "With proxy peering, a connection that reached an agent through a peer proxy failed, so an agent's resources were reachable only through the proxy its tunnel lands on, which is what proxy peering exists to avoid (PR #59555).",
    fixedIn: { 18: "18.2.3", 17: "17.7.7" },
    unverifiedBackports: { 16: "https://github.com/gravitational/teleport/pull/59558" },
    appliesTo: withPeering,
    fields: ["teleport.version", "teleport.proxyPeering.enabled"],
    sources: [GITHUB(TELEPORT, "pull request", 59555, "Fix dial failures for peered tunnels")],
  },
  {
    id: "teleport-defect-peer-listen-addr",
    severity: "warning",
    title: "ignores peer_listen_addr",
    problem:
      "The proxy did not listen on the peer_listen_addr it was given but on an address it guessed, so the 0.0.0.0:3021 listener in the bundle is not what runs (PR #49589).",
    fixedIn: { 17: "17.0.3", 16: "16.4.9" },
    unverifiedBackports: { 15: "https://github.com/gravitational/teleport/pull/49591" },
    appliesTo: withPeering,
    fields: ["teleport.version", "teleport.proxyPeering.enabled"],
    sources: [
      GITHUB(TELEPORT, "pull request", 49589, "[v17] Honor the proxy peering listen address specified in the configuration"),
      GITHUB(TELEPORT, "pull request", 49586, "Honor the proxy peering listen address specified in the configuration"),
    ],
  },
];

export function isAffected(defect: TeleportDefect, version: string): boolean {
  if (defect.affectedFrom && compareVersions(version, defect.affectedFrom) < 0) return false;
  const [major] = parseVersion(version);
  const fixed = defect.fixedIn[major];
  if (fixed !== undefined) return compareVersions(version, fixed) < 0;
  return major < Math.max(...Object.keys(defect.fixedIn).map(Number));
}

/** The release to move to: the fix in the version's own major line, else the oldest fix in a newer line. */
export function firstGoodRelease(defect: TeleportDefect, version: string): string {
  const [major] = parseVersion(version);
  const own = defect.fixedIn[major];
  if (own !== undefined) return own;
  const newer = Object.entries(defect.fixedIn)
    .filter(([line]) => Number(line) > major)
    .sort(([a], [b]) => Number(a) - Number(b));
  return newer[0]?.[1] ?? Object.values(defect.fixedIn)[0]!;
}
