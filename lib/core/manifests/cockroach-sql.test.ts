import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { bundleContext } from "@/lib/core/bundle/context";
import { renderSql } from "@/lib/core/bundle/serialize/sql";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { databasesSql, multiRegionSql } from "./cockroach-sql";

const statements = (plan: Plan) => multiRegionSql(bundleContext(plan, analyzePlan(plan))).sections.flatMap((s) => s.statements.map((st) => st.text));
const withCockroach = (change: Partial<Plan["cockroachdb"]>): Plan => ({ ...structuredClone(BLUEPRINT_TEMPLATE), cockroachdb: { ...BLUEPRINT_TEMPLATE.cockroachdb, ...change } });

describe("02-multi-region.sql fits the licence (Multi-region Blueprint, CockroachDB tabs)", () => {
  test.each([
    {
      name: "Enterprise, region survival, secondary region",
      plan: withCockroach({}),
      expected: (db: string) => [
        `ALTER DATABASE "${db}" SET PRIMARY REGION "us-east-1"`,
        `ALTER DATABASE "${db}" ADD REGION IF NOT EXISTS "us-east-2"`,
        `ALTER DATABASE "${db}" ADD REGION IF NOT EXISTS "us-west-2"`,
        `ALTER DATABASE "${db}" SET SECONDARY REGION "us-east-2"`,
        `ALTER DATABASE "${db}" SURVIVE REGION FAILURE`,
      ],
    },
    {
      name: "Enterprise Free, zone survival, no secondary, another primary",
      plan: withCockroach({ licence: "enterprise-free", survivalGoal: "zone", secondaryRegion: null, primaryRegion: "aws:us-west-2" }),
      expected: (db: string) => [
        `ALTER DATABASE "${db}" SET PRIMARY REGION "us-west-2"`,
        `ALTER DATABASE "${db}" ADD REGION IF NOT EXISTS "us-east-1"`,
        `ALTER DATABASE "${db}" ADD REGION IF NOT EXISTS "us-east-2"`,
        `ALTER DATABASE "${db}" SURVIVE ZONE FAILURE`,
      ],
    },
    {
      // Issue 10, defect 2: SURVIVE ZONE FAILURE on a database without regions is an error in CockroachDB.
      name: "core: a zone configuration with one replica per region, leases in the primary (no survival goal)",
      plan: withCockroach({ licence: "core" }),
      expected: (db: string) => [
        `ALTER DATABASE "${db}" CONFIGURE ZONE USING num_replicas = 3, constraints = '{"+zone=us-east-1":1,"+zone=us-east-2":1,"+zone=us-west-2":1}', lease_preferences = '[["+zone=us-east-1"]]'`,
      ],
    },
  ])("$name", ({ plan, expected }) => {
    expect(statements(plan)).toEqual([...expected("teleport_backend"), ...expected("teleport_audit")]);
  });

  test("core says in a comment that regions are declared as zones", () => {
    const plan = withCockroach({ licence: "core" });
    const sql = renderSql(multiRegionSql(bundleContext(plan, analyzePlan(plan))));
    expect(sql).toContain("-- The physical regions are CockroachDB zones (conf.locality zone=<region>,az=<availability zone>)");
    expect(statements(plan).filter((st) => /SURVIVE|PRIMARY REGION|ADD REGION/.test(st))).toEqual([]);
  });
});

test("01-databases.sql has the blueprint's six statements, identifiers quoted", () => {
  expect(databasesSql().sections.flatMap((s) => s.statements.map((st) => st.text))).toEqual([
    'CREATE DATABASE "teleport_backend"',
    'CREATE DATABASE "teleport_audit"',
    'CREATE USER "teleport"',
    'GRANT CREATE ON DATABASE "teleport_backend" TO "teleport"',
    'GRANT CREATE ON DATABASE "teleport_audit" TO "teleport"',
    "SET CLUSTER SETTING kv.rangefeed.enabled = true",
  ]);
});
