"use client";

import type { Plan } from "@/lib/schemas/plan";
import { NumberField, SelectField, TextField, type Option } from "./fields";
import { regionLabel } from "./region-label";
import { FieldGroup } from "./section";

type Cockroach = Plan["cockroachdb"];

const LICENCES: readonly Option<Cockroach["licence"]>[] = [
  { value: "enterprise", label: "Enterprise (paid)" },
  { value: "enterprise-free", label: "Enterprise Free" },
  { value: "trial", label: "Enterprise Trial (30 days)" },
  { value: "core", label: "Core (retired, no multi-region features)" },
];

const SURVIVAL_GOALS: readonly Option<Cockroach["survivalGoal"]>[] = [
  { value: "region", label: "Survive region failure" },
  { value: "zone", label: "Survive zone failure" },
];

/** The select's value for "no secondary region"; the plan stores null. */
const NO_SECONDARY = "none";

export function CockroachFields(props: { value: Cockroach; databaseRegions: string[]; onChange: (next: Cockroach) => void }) {
  const { value, onChange } = props;
  const set = <K extends keyof Cockroach>(key: K, next: Cockroach[K]) => onChange({ ...value, [key]: next });
  // Keep a stale choice visible (and flagged by the schema) rather than silently showing another.
  const choices = (current: string | null) =>
    current === null || props.databaseRegions.includes(current) ? props.databaseRegions : [...props.databaseRegions, current];
  const primaryOptions = choices(value.primaryRegion).map((id) => ({ value: id, label: regionLabel(id) }));
  const secondaryOptions = [
    { value: NO_SECONDARY, label: "None" },
    ...choices(value.secondaryRegion).map((id) => ({ value: id, label: regionLabel(id) })),
  ];
  return (
    <>
      <FieldGroup legend="Cluster">
        <TextField path="cockroachdb.version" label="CockroachDB version" value={value.version} onChange={(v) => set("version", v)} />
        <SelectField path="cockroachdb.licence" label="Licence" value={value.licence} options={LICENCES} onChange={(v) => set("licence", v)} />
        <SelectField
          path="cockroachdb.survivalGoal"
          label="Survival goal"
          value={value.survivalGoal}
          options={SURVIVAL_GOALS}
          onChange={(v) => set("survivalGoal", v)}
        />
      </FieldGroup>
      <FieldGroup legend="Regions of the Teleport databases">
        <SelectField
          path="cockroachdb.primaryRegion"
          label="Primary region"
          value={value.primaryRegion}
          options={primaryOptions}
          onChange={(v) => set("primaryRegion", v)}
        />
        <SelectField
          path="cockroachdb.secondaryRegion"
          label="Secondary region"
          hint="Takes the leases if the primary region fails; keep it close to the primary."
          value={value.secondaryRegion ?? NO_SECONDARY}
          options={secondaryOptions}
          onChange={(v) => set("secondaryRegion", v === NO_SECONDARY ? null : v)}
        />
      </FieldGroup>
      <FieldGroup legend="Nodes">
        <NumberField path="cockroachdb.nodesPerZone" label="Nodes per zone" value={value.nodesPerZone} onChange={(v) => set("nodesPerZone", v)} />
        <NumberField
          path="cockroachdb.storagePerNodeGiB"
          label="Storage per node"
          unit="GiB"
          value={value.storagePerNodeGiB}
          onChange={(v) => set("storagePerNodeGiB", v)}
        />
      </FieldGroup>
    </>
  );
}
