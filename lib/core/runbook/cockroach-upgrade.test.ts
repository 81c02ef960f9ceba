import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { buildRunbook } from "./build-runbook";
import { shellWords } from "./shell-words.test-helper";

const template = () => structuredClone(BLUEPRINT_TEMPLATE);
const section = (plan: Plan, cockroachTargetVersion?: string) =>
  buildRunbook(plan, analyzePlan(plan), cockroachTargetVersion ? { cockroachTargetVersion } : {}).sections.find((s) => s.id === "cockroach-upgrade")!;
const stepOf = (plan: Plan, key: string, target?: string) => {
  const found = section(plan, target).steps.find((s) => s.key === key);
  if (!found) throw new Error(`no step ${key}`);
  return found;
};

describe("the CockroachDB upgrade section", () => {
  test("by default it plans the next Regular release, skipping the Innovation release, primary region last", () => {
    const runbook = buildRunbook(template(), analyzePlan(template()));
    expect(runbook.cockroachTargetVersion).toBe("26.4.0");
    expect(section(template()).steps.map((s) => s.key)).toEqual([
      "cockroach-upgrade.path@26.4.0",
      "cockroach-upgrade.prepare@26.4.0",
      "cockroach-upgrade.region.aws:us-west-2@26.4.0",
      "cockroach-upgrade.region.aws:us-east-2@26.4.0",
      "cockroach-upgrade.region.aws:us-east-1@26.4.0",
      "cockroach-upgrade.finish@26.4.0",
    ]);
    expect(stepOf(template(), "cockroach-upgrade.path@26.4.0").what).toContain("This upgrade skips the Innovation release v26.3.");
    expect(stepOf(template(), "cockroach-upgrade.path@26.4.0").what).toContain(
      "v26.2 is a Regular release (GA 2026-04-27): Maintenance Support ends 2027-04-27, Assistance Support 2027-10-27.",
    );
  });

  test("a major upgrade keeps the downgrade option first and finalizes by resetting it", () => {
    const prepare = stepOf(template(), "cockroach-upgrade.prepare@26.4.0");
    expect(prepare.commands).toContain(`cockroach sql --certs-dir=certs --host=localhost:26257 --execute 'SET CLUSTER SETTING cluster.preserve_downgrade_option = '\\''26.2'\\'''`);
    const finish = stepOf(template(), "cockroach-upgrade.finish@26.4.0");
    expect(finish.commands).toContain("cockroach sql --certs-dir=certs --host=localhost:26257 --execute 'RESET CLUSTER SETTING cluster.preserve_downgrade_option'");
    expect(finish.expect).toBe("The cluster version is 26.4 (finalization can take as long as the longest running schema change).");
  });

  test("a patch upgrade has nothing to keep or finalize", () => {
    const prepare = stepOf(template(), "cockroach-upgrade.prepare@26.2.3", "26.2.3");
    expect(prepare.commands.join("\n")).not.toContain("preserve_downgrade_option");
    expect(stepOf(template(), "cockroach-upgrade.finish@26.2.3", "26.2.3").commands).toEqual([]);
  });

  test("each region rolls with its values file and the new image, then every Auth log is read for the changefeed loop of teleport#69783", () => {
    const step = stepOf(template(), "cockroach-upgrade.region.aws:us-east-2@26.4.0");
    // Zone by zone: each release is rolled out and waited for before the next.
    expect(step.commands).toEqual(
      ["a", "b", "c"].flatMap((z) => [
        `helm upgrade cockroachdb-us-east-2${z} cockroachdb/cockroachdb --version 21.0.1 --kube-context teleport-us-east-2 --namespace us-east-2 --values cockroachdb/aws-us-east-2/cockroachdb-us-east-2${z}/values.yaml --set image.tag=v26.4.0`,
        `kubectl --context teleport-us-east-2 --namespace us-east-2 rollout status statefulset/cockroachdb-us-east-2${z} --timeout=30m`,
      ]),
    );
    expect(step.verify.slice(0, 3)).toEqual(
      ["a", "b", "c"].map((z) => `kubectl --context teleport-us-east-2 --namespace us-east-2 rollout status statefulset/cockroachdb-us-east-2${z} --timeout=30m`),
    );
    const logChecks = step.verify.slice(3);
    expect(logChecks).toHaveLength(3);
    const [left, right] = logChecks[0]!.split(" | ");
    expect(shellWords(left!).map((w) => w.value)).toEqual(["kubectl", "--context", "teleport-us-east-1", "--namespace", "teleport", "logs", "deployment/teleport-cluster-auth", "--since=15m"]);
    expect(shellWords(right!).map((w) => w.value)).toEqual(["grep", "-E", "Re-init the cache on error|Closing watcher, buffer overflow"]);
    expect(step.what).toContain("before going on to aws:us-east-1");
    expect(step.sources.map((s) => s.url)).toContain("https://github.com/gravitational/teleport/issues/69783");
  });

  test.each([
    ["26.6.0", "26.2 is a Regular release; from it CockroachDB supports upgrades to v26.3 or v26.4 only."],
    ["25.4.0", "25.4.0 is lower than the plan's version 26.2.1."],
  ])("the target %s is refused with the reason in the section", (target, reason) => {
    const steps = section(template(), target).steps;
    expect(steps.map((s) => s.key)).toEqual([`cockroach-upgrade.refused@${target}`]);
    expect(steps[0]!.what.startsWith(reason)).toBe(true);
  });

  test("another target gives other keys, so each target keeps its own check-offs", () => {
    const keys = (t: string) => section(template(), t).steps.map((s) => s.key);
    expect(keys("26.3.0").every((k) => k.endsWith("@26.3.0"))).toBe(true);
    expect(keys("26.3.0").some((k) => keys("26.4.0").includes(k))).toBe(false);
  });
});
