import type { BundleContext } from "@/lib/core/bundle/context";
import { regionCode } from "@/lib/core/bundle/context";
import type { SqlScript, SqlStatement } from "@/lib/core/bundle/serialize/sql";
import { coreZoneConfig } from "@/lib/core/sizing/core-zone-config";
import { sqlIdent, sqlLiteral } from "@/lib/core/text/quote";

/** Teleport's two databases and its SQL user (Multi-region Blueprint, "Teleport backend configuration"). */
export const TELEPORT_DATABASES = ["teleport_backend", "teleport_audit"] as const;
export const TELEPORT_SQL_USER = "teleport";

/**
 * 01-databases.sql: the blueprint's statements verbatim in meaning, identifiers quoted.
 * `kv.rangefeed.enabled` is off by default in self-hosted clusters and Teleport's change feed
 * needs it (cockroachdb-notes §6; Teleport docs: Storage backends, CockroachDB).
 */
export function databasesSql(): SqlScript {
  const user = sqlIdent(TELEPORT_SQL_USER);
  return {
    header: [
      "Teleport databases and SQL user (Teleport Multi-region Blueprint, Teleport backend configuration).",
      "Run once, as an admin, from any CockroachDB node: cockroach sql --certs-dir=certs < 01-databases.sql",
    ],
    sections: [
      { title: "Databases", statements: TELEPORT_DATABASES.map((db) => ({ text: `CREATE DATABASE ${sqlIdent(db)}` })) },
      { title: "The teleport user authenticates with its client certificate (certificates.sh).", statements: [{ text: `CREATE USER ${user}` }] },
      {
        title: "Teleport creates its own tables.",
        statements: TELEPORT_DATABASES.map((db) => ({ text: `GRANT CREATE ON DATABASE ${sqlIdent(db)} TO ${user}` })),
      },
      {
        title: "Teleport's change feed needs rangefeeds (off by default; about 5-10% more write latency, CockroachDB docs).",
        statements: [{ text: "SET CLUSTER SETTING kv.rangefeed.enabled = true" }],
      },
    ],
  };
}

/**
 * 02-multi-region.sql, fitting the licence (Multi-region Blueprint, "CockroachDB Enterprise" and
 * "CockroachDB core" tabs; CockroachDB docs: ALTER DATABASE). Enterprise, Enterprise Free and
 * Trial have multi-region SQL: primary region, every other database region, the secondary
 * region when set, then the survival goal. Core declares the regions as zones and only asks
 * for zone survival. Region names are the localities the nodes start with (the provider's
 * region code), always quoted.
 */
export function multiRegionSql(ctx: BundleContext): SqlScript {
  const { cockroachdb } = ctx.plan;
  if (cockroachdb.licence === "core") return coreZoneSql(ctx);
  const primary = regionCode(cockroachdb.primaryRegion);
  const secondary = cockroachdb.secondaryRegion === null ? null : regionCode(cockroachdb.secondaryRegion);
  const others = ctx.databaseRegions.map((r) => regionCode(r.id)).filter((code) => code !== primary);
  const goal = cockroachdb.survivalGoal === "region" ? "REGION" : "ZONE";
  const forDatabase = (db: string): SqlStatement[] => {
    const d = sqlIdent(db);
    return [
      { text: `ALTER DATABASE ${d} SET PRIMARY REGION ${sqlIdent(primary)}` },
      ...others.map((code) => ({ text: `ALTER DATABASE ${d} ADD REGION IF NOT EXISTS ${sqlIdent(code)}` })),
      ...(secondary === null ? [] : [{ text: `ALTER DATABASE ${d} SET SECONDARY REGION ${sqlIdent(secondary)}` }]),
      { text: `ALTER DATABASE ${d} SURVIVE ${goal} FAILURE` },
    ];
  };
  return {
    header: [
      `CockroachDB ${licenceName(cockroachdb.licence)}: regions and survival goal for Teleport's databases`,
      "(Teleport Multi-region Blueprint, CockroachDB Enterprise tab; CockroachDB docs: ALTER DATABASE).",
      "Run after 01-databases.sql, once every region's nodes have joined the cluster.",
    ],
    sections: TELEPORT_DATABASES.map((db) => ({ title: db, statements: forDatabase(db) })),
  };
}

const licenceName = (licence: string): string =>
  ({ enterprise: "Enterprise", "enterprise-free": "Enterprise Free", trial: "Enterprise Trial" })[licence] ?? licence;

/**
 * CockroachDB core: zone configurations instead of survival goals, which need database regions
 * (lib/core/sizing/core-zone-config.ts). Nodes start with `--locality zone=<region code>,az=<zone>`
 * (./cockroach-zones.ts), so constraints and lease preferences name the physical regions as zones;
 * CockroachDB spreads a region's replicas over its `az` tier by itself. JSON built as objects,
 * then quoted as SQL string literals.
 */
function coreZoneSql(ctx: BundleContext): SqlScript {
  const codes = ctx.databaseRegions.map((r) => regionCode(r.id));
  const config = coreZoneConfig(codes.length);
  const constraints = JSON.stringify(Object.fromEntries(codes.map((code) => [`+zone=${code}`, config.pinnedPerRegion]).filter(([, n]) => n !== 0)));
  const leases = JSON.stringify([[`+zone=${regionCode(ctx.plan.cockroachdb.primaryRegion)}`]]);
  const settings = [`num_replicas = ${config.numReplicas}`, ...(config.pinnedPerRegion ? [`constraints = ${sqlLiteral(constraints)}`] : []), `lease_preferences = ${sqlLiteral(leases)}`];
  return {
    header: [
      "CockroachDB core: no database regions or survival goals (SURVIVE ... FAILURE needs database regions).",
      "The physical regions are CockroachDB zones (conf.locality zone=<region>,az=<availability zone>); a zone configuration puts one replica in each,",
      "so the databases keep a majority when one region fails (Teleport Multi-region Blueprint, CockroachDB core tab; CockroachDB docs: Configure Replication Zones).",
      "The blueprint does not recommend CockroachDB core for production multi-region setups.",
    ],
    sections: TELEPORT_DATABASES.map((db) => ({ title: db, statements: [{ text: `ALTER DATABASE ${sqlIdent(db)} CONFIGURE ZONE USING ${settings.join(", ")}` }] })),
  };
}
