import { describe, expect, test } from "vitest";
import { findingIssues } from "@/components/findings/finding-issues";
import { analyzePlan } from "@/lib/core/analyze";
import { validatePlan } from "@/lib/core/plan-edit";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { currentFieldIssues } from "./current-issues";
import { groupIssues } from "./form-context";

const POD_0 = "regions.0.kubernetes.podCidr";
const POD_1 = "regions.1.kubernetes.podCidr";

function withPodCidr(cidr: string): Plan {
  const plan = structuredClone(BLUEPRINT_TEMPLATE);
  plan.regions[1]!.kubernetes.podCidr = cidr;
  return plan;
}

/** What the designer shows for a draft while `analysed` is the last valid analysis (usePlanAnalysis). */
function messages(draft: Plan, analysed: Plan) {
  const { issues } = validatePlan(draft);
  return groupIssues(currentFieldIssues(issues, analyzePlan(analysed).findings));
}

describe("a field shows only its current message (issue 13)", () => {
  // Step 1: a valid value that overlaps region 0's pod CIDR: the analysis has a finding on both fields.
  const overlapping = withPodCidr(BLUEPRINT_TEMPLATE.regions[0]!.kubernetes.podCidr);
  const overlap = analyzePlan(overlapping).findings.filter((f) => f.fields.includes(POD_1) && !f.waiver && f.severity !== "info");

  test("the valid overlapping value shows the finding on both pod CIDR fields", () => {
    expect(overlap.length).toBeGreaterThan(0);
    const shown = messages(overlapping, overlapping);
    expect(shown.get(POD_1)).toEqual(findingIssues(overlap).filter((i) => i.path === POD_1).map((i) => i.message));
    expect(shown.get(POD_0)?.length).toBeGreaterThan(0);
  });

  test("then a syntax error: only the syntax message shows, and the overlap is gone from the other field too", () => {
    const broken = withPodCidr(`${BLUEPRINT_TEMPLATE.regions[0]!.kubernetes.podCidr.split("/")[0]}/`);
    const schema = validatePlan(broken).issues.filter((i) => i.path === POD_1).map((i) => i.message);
    expect(schema).toHaveLength(1);
    // The analysis is still the overlapping value's: joined as before the fix, both messages show.
    const joined = groupIssues([...validatePlan(broken).issues, ...findingIssues(analyzePlan(overlapping).findings)]);
    expect(joined.get(POD_1)!.length).toBeGreaterThan(1);
    const shown = messages(broken, overlapping);
    expect(shown.get(POD_1)).toEqual(schema);
    expect(shown.has(POD_0)).toBe(false);
  });

  test("findings about other fields stay while one field is invalid", () => {
    const broken = structuredClone(overlapping);
    broken.regions[2]!.kubernetes.serviceCidr = "not a cidr";
    const shown = messages(broken, overlapping);
    expect(shown.get(POD_1)).toEqual(findingIssues(overlap).filter((i) => i.path === POD_1).map((i) => i.message));
    expect(shown.get("regions.2.kubernetes.serviceCidr")).toEqual(validatePlan(broken).issues.filter((i) => i.path === "regions.2.kubernetes.serviceCidr").map((i) => i.message));
  });

  test("a schema issue on a parent path drops the findings under it", () => {
    const issue = { path: "regions.1", message: "broken region" };
    expect(currentFieldIssues([issue], overlap)).toEqual([issue]);
  });
});
