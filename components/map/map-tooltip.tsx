import type { CatalogRegion } from "@/lib/core/catalog";
import { PROVIDER_LABEL } from "@/components/ui/provider-icon";
import { rolesText, type RegionRoles } from "./region-roles";
import { MAP_HEIGHT, MAP_WIDTH } from "./projection";
import styles from "./map.module.css";

type MapTooltipProps = { region: CatalogRegion; sx: number; sy: number; roles: RegionRoles | undefined; isFailed: boolean; isReadOnly: boolean };

/**
 * Name, city and code of the region under the pointer or keyboard focus. Positioned in percent
 * of the map so it follows the SVG's scaling; flips below/left near the top/right edge.
 */
export function MapTooltip({ region, sx, sy, roles, isFailed, isReadOnly }: MapTooltipProps) {
  const left = (sx / MAP_WIDTH) * 100;
  const top = (sy / MAP_HEIGHT) * 100;
  const isBelow = top < 28;
  const isLeft = left > 70;
  const style = {
    left: `${left}%`,
    top: `${top}%`,
    transform: `translate(${isLeft ? "calc(-100% - 14px)" : "14px"}, ${isBelow ? "12px" : "calc(-100% - 12px)"})`,
  };
  return (
    <div className={styles.tooltip} style={style} role="tooltip" id="map-tooltip">
      <strong>{region.name}</strong>
      <div>
        {region.city}, {region.country}
      </div>
      <div className="mono">
        {PROVIDER_LABEL[region.provider]} · {region.code}
      </div>
      <div className={styles.tooltipRoles}>
        {rolesText(roles)}
        {isFailed ? " · failed in the drill" : ""}
      </div>
      {isReadOnly ? null : <div className="muted small">{roles ? "Click or Enter removes it" : "Click or Enter adds it"}</div>}
    </div>
  );
}
