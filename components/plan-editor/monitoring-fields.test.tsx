import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { MonitoringFields } from "./monitoring-fields";
import { PlanForm } from "./plan-form";

const LABEL = "Clusters run the Prometheus Operator (PodMonitor / ServiceMonitor in the Helm values)";
const render = (plan: Plan) => renderToStaticMarkup(<PlanForm plan={plan} issues={[]} onChange={() => {}} focusPath={null} />);
/** The checkbox input that the label wraps. */
const checkbox = (html: string) => html.slice(0, html.indexOf(LABEL)).match(/<input[^>]*type="checkbox"[^>]*>(?![\s\S]*<input)/)?.[0] ?? "";

describe("the monitoring checkbox in the designer", () => {
  test("a plan without the field shows it unchecked; true shows it checked", () => {
    const { monitoring: _, ...withoutField } = { ...BLUEPRINT_TEMPLATE };
    expect(render(withoutField as Plan)).toContain(LABEL);
    expect(checkbox(render(withoutField as Plan))).not.toContain("checked");
    expect(checkbox(render({ ...BLUEPRINT_TEMPLATE, monitoring: { prometheusOperator: true } }))).toContain('checked=""');
  });

  test("ticking it writes monitoring.prometheusOperator", () => {
    const onChange = vi.fn();
    const group = MonitoringFields({ value: undefined, onChange }) as ReactElement<{ children: ReactElement<{ onChange: (v: boolean) => void; path: string }> }>;
    expect(group.props.children.props.path).toBe("monitoring.prometheusOperator");
    group.props.children.props.onChange(true);
    expect(onChange).toHaveBeenCalledWith({ prometheusOperator: true });
  });
});
