"use client";

import type { Plan } from "@/lib/schemas/plan";
import { CheckboxField } from "./fields";
import { FieldGroup } from "./section";

type Monitoring = Plan["monitoring"];

/**
 * Plan-wide monitoring: one checkbox that turns on the charts' PodMonitor / ServiceMonitor
 * (lib/core/manifests/monitoring.ts). An absent field reads as off, as the core reads it.
 */
export function MonitoringFields({ value, onChange }: { value: Monitoring; onChange: (next: NonNullable<Monitoring>) => void }) {
  return (
    <FieldGroup legend="Monitoring">
      <CheckboxField
        path="monitoring.prometheusOperator"
        label="Clusters run the Prometheus Operator (PodMonitor / ServiceMonitor in the Helm values)"
        checked={value?.prometheusOperator ?? false}
        onChange={(v) => onChange({ prometheusOperator: v })}
      />
    </FieldGroup>
  );
}
