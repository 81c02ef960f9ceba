import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { fromYaml } from "@/lib/core/bundle/serialize/yaml";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { PlanSchema } from "@/lib/schemas/plan";
import { region } from "./fixtures";
import { at, parseShell } from "./parse";

/**
 * A region that runs Teleport but not CockroachDB reaches the database through another
 * cluster. A Service name there resolves (cross-cluster DNS) to that cluster's ClusterIP, which is
 * virtual and routes nowhere outside it; pod addresses are routable on the flat pod network. So
 * its connection strings list the nearest database region's join pods, pgx multi-host form, and
 * the node certificate must name every one of them (sslmode=verify-full).
 */
const plan = PlanSchema.parse({
  ...structuredClone(BLUEPRINT_TEMPLATE),
  regions: [...structuredClone(BLUEPRINT_TEMPLATE).regions, { ...region("aws:eu-west-1", ["eu-west-1a", "eu-west-1b", "eu-west-1c"], 40), runsCockroach: false }],
});
const files = new Map(buildBundle(plan, analyzePlan(plan)).map((f) => [f.path, String(f.content)]));
const values = (slug: string) => fromYaml(files.get(`teleport/${slug}/values.yaml`) ?? "") as Record<string, unknown>;
const storage = (slug: string) => at(values(slug), "auth", "teleportConfig", "teleport", "storage") as { conn_string: string; audit_events_uri: string[] };
const PREFIX = "postgres://teleport@";
/** The `host:port` list of a multi-host URI (pgx: comma-separated, tried in order). */
const hostsOf = (uri: string) => uri.slice(PREFIX.length, uri.indexOf("/", PREFIX.length)).split(",");
const covers = (sans: string[], host: string) => sans.some((s) => s === host || (s.startsWith("*.") && host.slice(host.indexOf(".") + 1) === s.slice(2)));

describe("a Teleport-only region", () => {
  const { conn_string, audit_events_uri } = storage("aws-eu-west-1");

  test("connects to pods of the nearest database region, not to a Service's ClusterIP", () => {
    for (const uri of [conn_string, ...audit_events_uri]) {
      const hosts = hostsOf(uri);
      expect(hosts.length).toBeGreaterThanOrEqual(3);
      for (const host of hosts) expect(host).toMatch(/^cockroachdb-[a-z0-9-]+-\d+\.cockroachdb-[a-z0-9-]+\.[a-z0-9-]+\.svc\.cluster\.local:26257$/);
      expect(uri).not.toContain("cockroachdb-public");
      expect(new URL(uri.replace(hosts.join(","), hosts[0]!)).searchParams.get("sslmode")).toBe("verify-full");
    }
  });

  test("the pods listed are pods of three different zones of one database region", () => {
    const hosts = hostsOf(conn_string).map((h) => h.split(".")[1]);
    expect(new Set(hosts).size).toBe(3);
  });

  test("every host it names is on that region's node certificate", () => {
    const nodes = parseShell(files.get("cockroachdb/certificates.sh") ?? "").commands.filter((c) => c[0] === "cockroach" && c[2] === "create-node");
    const namespace = hostsOf(conn_string)[0]!.split(".")[2]!;
    const node = nodes.find((c) => c.some((w) => w.endsWith(`.${namespace}.svc.cluster.local`)));
    expect(node).toBeDefined();
    const sans = node!.filter((w) => !w.startsWith("--"));
    for (const host of hostsOf(conn_string)) expect(covers(sans, host.replace(/:26257$/, "")), host).toBe(true);
  });

  test("a database region keeps its own cockroachdb-public Service", () => {
    expect(hostsOf(storage("aws-us-east-1").conn_string)).toEqual(["cockroachdb-public.us-east-1.svc.cluster.local:26257"]);
  });
});
