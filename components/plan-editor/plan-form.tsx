"use client";

import { useState } from "react";
import { setPrimaryRegion, setSecondaryRegion } from "@/lib/core/plan-edit";
import type { Plan } from "@/lib/schemas/plan";
import { CockroachFields } from "./cockroach-fields";
import { FormContextProvider, groupIssues, type FieldIssue } from "./form-context";
import { ConnectivityFields, GeoDnsFields, ObjectStorageFields } from "./infrastructure-fields";
import { MonitoringFields } from "./monitoring-fields";
import { RegionFields } from "./region-fields";
import { regionLabel } from "./region-label";
import { Section } from "./section";
import { TeleportFields } from "./teleport-fields";
import { suggestedResources, trySizePlan } from "./suggested-resources";
import styles from "./plan-form.module.css";

export type { FieldIssue } from "./form-context";

const GLOBAL_SECTIONS: readonly string[] = ["teleport", "cockroachdb", "objectStorage", "geoDns", "connectivity"];

/** Sections are keyed by region id, not index, so removing a region keeps the others' state. */
function sectionKey(plan: Plan, path: string): string | null {
  const [head, index] = path.split(".");
  if (head === "regions") {
    const region = index === undefined ? undefined : plan.regions[Number(index)];
    return region ? `region:${region.id}` : null;
  }
  return head !== undefined && GLOBAL_SECTIONS.includes(head) ? head : null;
}

function countUnder(issues: readonly FieldIssue[], prefix: string): number {
  return issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`)).length;
}

/** Issues with no field of their own (the plan as a whole, the region list, a region's id). */
function isFormLevel(path: string): boolean {
  return path === "" || path === "regions" || path === "schemaVersion" || path.startsWith("waivers") || /^regions\.\d+(\.id)?$/.test(path);
}

export function PlanForm(props: { plan: Plan; issues: FieldIssue[]; onChange: (next: Plan) => void; focusPath: string | null; isReadOnly?: boolean }) {
  const { plan, issues, onChange } = props;
  const isReadOnly = props.isReadOnly ?? false;
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(["teleport", "cockroachdb"]));
  const [seenFocusPath, setSeenFocusPath] = useState<string | null>(null);
  // Opened during render, not in an effect, so the field exists in the same commit in which the
  // shell focuses it.
  if (props.focusPath !== seenFocusPath) {
    setSeenFocusPath(props.focusPath);
    const key = props.focusPath === null ? null : sectionKey(plan, props.focusPath);
    if (key !== null && !open.has(key)) setOpen(new Set([...open, key]));
  }
  const toggle = (key: string, isOpen: boolean) => {
    const next = new Set(open);
    if (isOpen) next.add(key);
    else next.delete(key);
    setOpen(next);
  };
  const set = <K extends keyof Plan>(key: K, value: Plan[K]) => onChange({ ...plan, [key]: value });
  const databaseRegions = plan.regions.filter((r) => r.runsCockroach).map((r) => r.id);
  const formLevel = issues.filter((i) => isFormLevel(i.path));
  const sectionProps = (key: string, prefix: string) => ({
    isOpen: open.has(key),
    onToggle: (isOpen: boolean) => toggle(key, isOpen),
    issueCount: isReadOnly ? 0 : countUnder(issues, prefix),
  });

  return (
    <FormContextProvider value={{ issuesByPath: groupIssues(issues), isReadOnly }}>
      <div className={styles.form} data-testid="plan-form">
        {formLevel.length > 0 ? (
          <ul className={styles.formIssues} aria-label="Problems with the plan">
            {formLevel.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                <span aria-hidden="true">⚠ </span>
                {issue.message}
              </li>
            ))}
          </ul>
        ) : null}
        <Section title="Teleport" testId="section-teleport" {...sectionProps("teleport", "teleport")}>
          <TeleportFields value={plan.teleport} onChange={(v) => set("teleport", v)} />
        </Section>
        <Section title="CockroachDB" testId="section-cockroachdb" {...sectionProps("cockroachdb", "cockroachdb")}>
          <CockroachFields
            value={plan.cockroachdb}
            databaseRegions={databaseRegions}
            onChange={(next) => {
              const { primaryRegion, secondaryRegion } = next;
              const roles = { primaryRegion: plan.cockroachdb.primaryRegion, secondaryRegion: plan.cockroachdb.secondaryRegion };
              let updated: Plan = { ...plan, cockroachdb: { ...next, ...roles } };
              // Role changes go through the core's helpers, which swap roles instead of duplicating them.
              if (primaryRegion !== plan.cockroachdb.primaryRegion) updated = setPrimaryRegion(updated, primaryRegion);
              if (secondaryRegion !== plan.cockroachdb.secondaryRegion) updated = setSecondaryRegion(updated, secondaryRegion);
              onChange(updated);
            }}
          />
        </Section>
        {plan.regions.map((region, index) => {
          const key = `region:${region.id}`;
          const roles = [
            region.runsTeleport ? "Teleport" : null,
            region.runsCockroach ? "CockroachDB" : null,
            plan.cockroachdb.primaryRegion === region.id ? "primary" : null,
            plan.cockroachdb.secondaryRegion === region.id ? "secondary" : null,
          ].filter(Boolean);
          return (
            <Section
              key={`${region.id}:${index}`}
              testId={`section-region-${region.id}`}
              title={
                <>
                  Region {regionLabel(region.id)} <span className={styles.roles}>{roles.join(" · ")}</span>
                </>
              }
              {...sectionProps(key, `regions.${index}`)}
            >
              <RegionFields
                index={index}
                value={region}
                suggest={(key) => suggestedResources(trySizePlan(plan), region.id)[key]}
                onChange={(next) => set("regions", plan.regions.map((r, i) => (i === index ? next : r)))}
              />
            </Section>
          );
        })}
        <Section title="Object storage" testId="section-objectStorage" {...sectionProps("objectStorage", "objectStorage")}>
          <ObjectStorageFields value={plan.objectStorage} onChange={(v) => set("objectStorage", v)} />
        </Section>
        <Section title="GeoDNS" testId="section-geoDns" {...sectionProps("geoDns", "geoDns")}>
          <GeoDnsFields value={plan.geoDns} onChange={(v) => set("geoDns", v)} />
        </Section>
        <Section title="Connectivity" testId="section-connectivity" {...sectionProps("connectivity", "connectivity")}>
          <ConnectivityFields value={plan.connectivity} onChange={(v) => set("connectivity", v)} />
          <MonitoringFields value={plan.monitoring} onChange={(v) => set("monitoring", v)} />
        </Section>
      </div>
    </FormContextProvider>
  );
}
