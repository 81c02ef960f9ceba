import { useEffect, useRef } from "react";
import { getRegion } from "@/lib/core/catalog";
import { PROVIDER_LABEL } from "@/components/ui/provider-icon";
import { MAP_HEIGHT, MAP_WIDTH } from "./projection";
import styles from "./map.module.css";

type MarkerChooserProps = {
  ids: readonly string[];
  sx: number;
  sy: number;
  plannedIds: ReadonlySet<string>;
  onChoose: (id: string) => void;
  onClose: () => void;
};

/**
 * A small list of the regions under the pointer, shown where markers overlap instead of guessing
 * which one was meant (issue 13). Each entry says what choosing it does; Escape or "Cancel" closes.
 * Positioned in percent of the map like the tooltip, flipped away from the right and bottom edges.
 */
export function MarkerChooser({ ids, sx, sy, plannedIds, onChoose, onClose }: MarkerChooserProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const left = (sx / MAP_WIDTH) * 100;
  const top = (sy / MAP_HEIGHT) * 100;
  const style = {
    left: `${left}%`,
    top: `${top}%`,
    transform: `translate(${left > 60 ? "calc(-100% - 10px)" : "10px"}, ${top > 55 ? "calc(-100% - 10px)" : "10px"})`,
  };
  return (
    <div className={styles.chooser} style={style} role="dialog" aria-label="Regions under the pointer" data-testid="marker-chooser" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <p className={styles.chooserTitle}>Which region?</p>
      <ul>
        {ids.map((id, i) => {
          const region = getRegion(id);
          const verb = plannedIds.has(id) ? "Remove" : "Add";
          return (
            <li key={id}>
              <button type="button" ref={i === 0 ? first : undefined} data-region={id} onClick={() => onChoose(id)}>
                {verb} {region ? `${PROVIDER_LABEL[region.provider]} ${region.code} (${region.city})` : id}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className={styles.chooserCancel} onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
