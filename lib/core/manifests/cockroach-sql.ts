import type { BundleContext } from "@/lib/core/bundle/context";
import { regionCode } from "@/lib/core/bundle/context";
import type { SqlScript, SqlStatement } from "@/lib/core/bundle/serialize/sql";
import { sqlIdent } from "@/lib/core/text/quote";

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
  if (cockroachdb.licence === "core") {
    return {
      header: [
        "CockroachDB core: the physical regions are declared to CockroachDB as zones (conf.locality zone=<region>),",
        "so zone survival keeps the data available when one region fails (Teleport Multi-region Blueprint, CockroachDB core tab).",
        "The blueprint does not recommend CockroachDB core for production multi-region setups.",
      ],
      sections: TELEPORT_DATABASES.map((db) => ({ title: db, statements: [{ text: `ALTER DATABASE ${sqlIdent(db)} SURVIVE ZONE FAILURE` }] })),
    };
  }
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
