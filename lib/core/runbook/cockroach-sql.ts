import { sqlIdent } from "@/lib/core/text/quote";
import type { PlanRegion } from "@/lib/schemas/plan";
import { COCKROACH_PORT, COCKROACH_PUBLIC, kubeContext } from "./names";
import { kubectl, sh, withInput } from "./shell";

/**
 * SQL and admin commands run from the operator's machine with the certificates that
 * certificates.sh leaves in ./certs (ca.crt, client.root.crt/key), through a port-forward to one
 * of a region's CockroachDB pods (through the region-wide `cockroachdb-public` Service, which
 * spans the zone releases). The node certificates carry `localhost` among their names, so TLS
 * verification holds. The pods themselves only hold node certificates, not root's.
 */
const LOCAL = [`--certs-dir=certs`, `--host=localhost:${COCKROACH_PORT}`] as const;

/** `cockroach <command> --certs-dir=certs --host=localhost:26257 <options>`, as an argv. */
export const cockroachLocal = (command: readonly string[], options: readonly string[] = []): string[] => ["cockroach", ...command, ...LOCAL, ...options];

/** One SQL statement; identifiers are quoted by the caller with sqlIdent. */
export const cockroachSql = (statement: string): string => sh(cockroachLocal(["sql"], ["--execute", statement]));

/** A SQL file from the bundle, fed on standard input. */
export const cockroachSqlFile = (file: string): string => withInput(cockroachLocal(["sql"]), file);

/**
 * Wraps commands in a port-forward to one of `region`'s pods: opened in the background, given a
 * moment to listen, closed again afterwards ("$!" is the port-forward's process).
 */
export function throughTunnel(region: PlanRegion, lines: readonly string[]): string[] {
  const forward = sh(kubectl(kubeContext(region), region.kubernetes.cockroachNamespace, "port-forward", `service/${COCKROACH_PUBLIC}`, `${COCKROACH_PORT}:${COCKROACH_PORT}`));
  return [`${forward} &`, "sleep 3", ...lines, `kill "$!"`];
}

export { sqlIdent };
