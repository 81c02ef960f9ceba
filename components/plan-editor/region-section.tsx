"use client";

import { memo } from "react";
import type { PlanRegion, Resources } from "@/lib/schemas/plan";
import { useAfterPaint } from "@/components/ui/use-after-paint";
import { RegionFields, type OverrideKey } from "./region-fields";
import { regionLabel } from "./region-label";
import { Section } from "./section";
import styles from "./plan-form.module.css";

type RegionSectionProps = {
  index: number;
  region: PlanRegion;
  /** "Teleport · CockroachDB · primary": a string, so equal roles compare equal. */
  rolesText: string;
  /** The section's key in the form's open set ("region:aws:us-east-1"). */
  sectionKey: string;
  isOpen: boolean;
  issueCount: number;
  /**
   * A region added by an edit: its collapsed section's fields (about twenty controls) are built
   * after the edit has been painted, so a map click shows its marker first. Sections on the page
   * when it opens, and open ones, have their fields at once.
   */
  isAddedByEdit: boolean;
  // The callbacks below keep their identity across edits (plan-form.tsx), so a region whose
  // props did not change skips rendering: one map click re-renders one section, not twelve.
  onToggle: (sectionKey: string, isOpen: boolean) => void;
  onRegionChange: (index: number, next: PlanRegion) => void;
  suggest: (regionId: string, key: OverrideKey) => Resources;
};

/** One region's collapsible part of the plan form. */
export const RegionSection = memo(function RegionSection(props: RegionSectionProps) {
  const { index, region, sectionKey, onToggle, onRegionChange, suggest } = props;
  const hasFields = useAfterPaint(true, !props.isAddedByEdit || props.isOpen) || props.isOpen;
  return (
    <Section
      testId={`section-region-${region.id}`}
      title={
        <>
          Region {regionLabel(region.id)} <span className={styles.roles}>{props.rolesText}</span>
        </>
      }
      isOpen={props.isOpen}
      onToggle={(isOpen) => onToggle(sectionKey, isOpen)}
      issueCount={props.issueCount}
    >
      {hasFields ? <RegionFields index={index} value={region} suggest={(key) => suggest(region.id, key)} onChange={(next) => onRegionChange(index, next)} /> : null}
    </Section>
  );
});
