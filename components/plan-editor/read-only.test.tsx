import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Dashboard } from "@/components/dashboard/dashboard";
import { analyzePlan } from "@/lib/core/analyze";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { PlanForm } from "./plan-form";

const noop = () => {};
const CONTROL = /<(input|select|textarea)\b/g;

/** A plan with an override and a waiver, so every optional part of both components renders. */
const PLAN: Plan = {
  ...BLUEPRINT_TEMPLATE,
  regions: BLUEPRINT_TEMPLATE.regions.map((r, i) =>
    i === 0 ? { ...r, resources: { teleportProxy: { requests: { cpu: "2", memory: "4Gi" }, limits: { memory: "4Gi" } } } } : r,
  ),
  waivers: [{ findingId: "cockroach-below-production", reason: "Pilot cluster", waivedAt: "2026-01-01T00:00:00.000Z" }],
};

describe("read-only rendering (share pages)", () => {
  test("the plan form shows values and no controls", () => {
    const html = renderToStaticMarkup(<PlanForm plan={PLAN} issues={[]} onChange={noop} focusPath={null} isReadOnly />);
    expect(html.match(CONTROL)).toBeNull();
    expect(html).not.toContain("<button");
    expect(html).toContain("teleport-multi-region.example.org");
    expect(html).toContain("no CPU limit");
  });

  test("the dashboard shows findings and waivers without waive, unwaive or form controls", () => {
    const html = renderToStaticMarkup(
      <Dashboard plan={PLAN} analysis={analyzePlan(PLAN)} failedRegion={null} onFocusFinding={noop} onWaive={noop} onUnwaive={noop} isReadOnly />,
    );
    expect(html.match(CONTROL)).toBeNull();
    expect(html).not.toMatch(/>Waive…<|>Unwaive<|Waive finding/);
    expect(html).toContain("Waived: Pilot cluster");
  });

  test("the editable form and dashboard do render their controls", () => {
    const form = renderToStaticMarkup(<PlanForm plan={PLAN} issues={[]} onChange={noop} focusPath={null} />);
    const dashboard = renderToStaticMarkup(
      <Dashboard plan={PLAN} analysis={analyzePlan(BLUEPRINT_TEMPLATE)} failedRegion={null} onFocusFinding={noop} onWaive={noop} onUnwaive={noop} />,
    );
    expect(form.match(CONTROL)?.length).toBeGreaterThan(50);
    expect(dashboard).toContain(">Waive…<");
  });
});
