import { memo, type KeyboardEvent } from "react";
import type { CatalogRegion } from "@/lib/core/catalog";
import { PROVIDER_LABEL, ProviderShape } from "@/components/ui/provider-icon";
import { textWidth, type Offset } from "./label-layout";
import { ROLE_BADGES, roleKeys, rolesText, type RegionRoles, type RoleKey } from "./region-roles";
import styles from "./map.module.css";

type RegionMarkerProps = {
  region: CatalogRegion;
  sx: number;
  sy: number;
  roles: RegionRoles | undefined;
  isFailed: boolean;
  isHighlighted: boolean;
  isActive: boolean;
  isReadOnly: boolean;
  onToggle: (id: string) => void;
  /** A pointer click: the map resolves which marker it means from the pointer (hit-test.ts). */
  onPointerClick: (id: string, clientX: number, clientY: number) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  onPoint: (id: string | null) => void;
  onFocusMarker: (id: string | null) => void;
};

const BADGE_WIDTH: Record<RoleKey, number> = { teleport: 14, primary: 14, secondary: 14, database: 20 };
const BADGE_GAP = 3;

const markerLabelText = (code: string, isFailed: boolean) => `${code}${isFailed ? " · FAILED" : ""}`;
const badgeOffset = (badges: RoleKey[], index: number) => badges.slice(0, index).reduce((sum, k) => sum + BADGE_WIDTH[k] + BADGE_GAP, 0);

/** Width of a planned region's label row: its code, then its role badges. */
export function markerLabelWidth(code: string, isFailed: boolean, roles: RegionRoles): number {
  const badges = roleKeys(roles);
  return textWidth(markerLabelText(code, isFailed)) + badgeOffset(badges, badges.length);
}

/**
 * One region: its provider's shape (square AWS, circle Google Cloud, triangle Azure); when
 * planned, larger with a ring (its label row is drawn by MarkerLabel); when failed, grey and crossed out.
 * A button for assistive tech; only the active marker is in the tab order (roving tabindex).
 */
export const RegionMarker = memo(function RegionMarker(props: RegionMarkerProps) {
  const { region, sx, sy, roles, isFailed, isHighlighted, isActive, isReadOnly, onToggle, onPointerClick, onKeyDown, onPoint, onFocusMarker } = props;
  const isPlanned = roles !== undefined;
  const action = isReadOnly ? "" : isPlanned ? ". Press Enter to remove it from the plan" : ". Press Enter to add it to the plan";
  const label = `${region.name}, ${region.city} (${PROVIDER_LABEL[region.provider]} ${region.code}). ${rolesText(roles)}${isFailed ? ", failed in the drill" : ""}${action}`;
  const className = [styles.marker, styles[region.provider], isPlanned ? styles.planned : "", isFailed ? styles.failed : "", isHighlighted ? styles.highlighted : ""].join(" ");
  return (
    <g
      className={className}
      transform={`translate(${sx.toFixed(1)},${sy.toFixed(1)})`}
      role="button"
      tabIndex={isActive ? 0 : -1}
      aria-label={label}
      aria-pressed={isReadOnly ? undefined : isPlanned}
      aria-disabled={isReadOnly || undefined}
      data-region={region.id}
      data-testid={`marker-${region.id}`}
      // detail 0: a click synthesised by assistive tech or keyboard, with no pointer to resolve.
      onClick={(e) => (e.detail === 0 ? onToggle(region.id) : onPointerClick(region.id, e.clientX, e.clientY))}
      onKeyDown={(e) => onKeyDown(e, region.id)}
      onMouseEnter={() => onPoint(region.id)}
      onMouseLeave={() => onPoint(null)}
      onFocus={() => onFocusMarker(region.id)}
      onBlur={() => onFocusMarker(null)}
    >
      {/* A larger transparent hit area: 8 px shapes are hard to hit with a pointer. */}
      <circle r={isPlanned ? 13 : 8} className={styles.hit} />
      {isHighlighted ? <circle r={17} className={styles.highlightRing} /> : null}
      {isPlanned ? <circle r={11} className={styles.ring} /> : null}
      <ProviderShape provider={region.provider} size={isPlanned ? 12 : 7} className={styles.shape} />
      {isFailed ? <path d="M-8,-8 L8,8 M8,-8 L-8,8" className={styles.cross} /> : null}
    </g>
  );
});

/**
 * A planned region's code and role badges. Drawn in a layer of its own, outside the marker's
 * button, so the button's accessible name is not mixed with this duplicate visible text.
 */
export function MarkerLabel({ code, sx, sy, offset, roles, isFailed }: { code: string; sx: number; sy: number; offset: Offset; roles: RegionRoles; isFailed: boolean }) {
  const badges = roleKeys(roles);
  const text = markerLabelText(code, isFailed);
  return (
    <g className={styles.markerLabel} data-map-label={code} transform={`translate(${(sx + offset.dx).toFixed(1)},${(sy + offset.dy).toFixed(1)})`}>
      <text x={2} y={11}>
        {text}
      </text>
      {badges.map((key, i) => {
        const x = textWidth(text) + badgeOffset(badges, i);
        const w = BADGE_WIDTH[key];
        return (
          <g key={key} transform={`translate(${x.toFixed(1)},0)`} className={styles[`badge-${key}`]}>
            <rect x={0} y={0.5} width={w} height={14} rx={3} />
            <text x={w / 2} y={11} textAnchor="middle">
              {ROLE_BADGES[key].badge}
            </text>
          </g>
        );
      })}
    </g>
  );
}
