import { MAX_ZOOM, MIN_ZOOM } from "./use-zoom-pan";
import styles from "./map.module.css";

/** Zoom buttons for people without a wheel or trackpad; the wheel and dragging work as well. */
type ZoomControlsProps = { zoom: number; onZoomIn: () => void; onZoomOut: () => void; onReset: () => void; onFit: (() => void) | null };

export function ZoomControls({ zoom, onZoomIn, onZoomOut, onReset, onFit }: ZoomControlsProps) {
  return (
    <div className={styles.zoom} role="group" aria-label="Zoom">
      <button type="button" className="btn btn-small" onClick={onZoomIn} disabled={zoom >= MAX_ZOOM} aria-label="Zoom in">
        +
      </button>
      <button type="button" className="btn btn-small" onClick={onZoomOut} disabled={zoom <= MIN_ZOOM} aria-label="Zoom out">
        −
      </button>
      <button type="button" className="btn btn-small" onClick={onReset} disabled={zoom === MIN_ZOOM} title="Show the whole world">
        World
      </button>
      <button type="button" className="btn btn-small" onClick={onFit ?? undefined} disabled={onFit === null} title="Zoom to the plan's regions">
        Fit plan
      </button>
      <span className="muted small" aria-live="polite">
        {Math.round(zoom * 10) / 10}×
      </span>
    </div>
  );
}
