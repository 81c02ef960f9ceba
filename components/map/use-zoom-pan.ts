"use client";

import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from "react";
import { MAP_HEIGHT, MAP_WIDTH } from "./projection";

export type View = { k: number; x: number; y: number };

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 12;
const IDENTITY: View = { k: 1, x: 0, y: 0 };
/** Pointer travel (px) above which a press is a drag, not a click on a marker. */
const DRAG_THRESHOLD = 4;

/** Keeps the zoomed map covering the whole viewport: no empty space can be panned into view. */
function clamp(view: View): View {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k));
  const x = Math.min(0, Math.max(MAP_WIDTH - MAP_WIDTH * k, view.x));
  const y = Math.min(0, Math.max(MAP_HEIGHT - MAP_HEIGHT * k, view.y));
  return { k, x, y };
}

/** Zoom by `factor` keeping the map point under (px, py) — in viewBox units — where it is. */
function zoomAround(view: View, factor: number, px: number, py: number): View {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const ratio = k / view.k;
  return clamp({ k, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio });
}

/** Largest zoom at which the points fit (with a margin for labels), at most FIT_MAX_ZOOM. */
const FIT_MAX_ZOOM = 4;
const FIT_MARGIN = 70;
export function fitView(points: readonly [number, number][]): View {
  if (points.length === 0) return IDENTITY;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.max(MIN_ZOOM, Math.min(FIT_MAX_ZOOM, MAP_WIDTH / (maxX - minX + FIT_MARGIN * 2), MAP_HEIGHT / (maxY - minY + FIT_MARGIN * 2)));
  return clamp({ k, x: MAP_WIDTH / 2 - ((minX + maxX) / 2) * k, y: MAP_HEIGHT / 2 - ((minY + maxY) / 2) * k });
}

/**
 * Zoom and pan as a plain transform state (d3-zoom is not a dependency): wheel zooms around the
 * pointer, dragging pans, buttons zoom around the centre. `wasDrag()` lets marker clicks ignore
 * the click that ends a drag.
 */
export function useZoomPan(svgRef: RefObject<SVGSVGElement | null>, initial: () => View = () => IDENTITY) {
  const [view, setView] = useState<View>(initial);
  const drag = useRef<{ id: number; startX: number; startY: number; lastX: number; lastY: number; moved: boolean } | null>(null);
  const lastWasDrag = useRef(false);

  const toViewBox = useCallback(
    (clientX: number, clientY: number): [number, number] => {
      const svg = svgRef.current;
      if (!svg) return [0, 0];
      const rect = svg.getBoundingClientRect();
      return [((clientX - rect.left) / rect.width) * MAP_WIDTH, ((clientY - rect.top) / rect.height) * MAP_HEIGHT];
    },
    [svgRef],
  );

  // React's onWheel is passive, so preventing the page scroll needs a native listener.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const [px, py] = toViewBox(event.clientX, event.clientY);
      const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0018));
      setView((v) => zoomAround(v, factor, px, py));
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  }, [svgRef, toViewBox]);

  const onPointerDown = useCallback((event: ReactPointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    drag.current = { id: event.pointerId, startX: event.clientX, startY: event.clientY, lastX: event.clientX, lastY: event.clientY, moved: false };
    lastWasDrag.current = false;
  }, []);

  const onPointerMove = useCallback(
    (event: ReactPointerEvent<SVGSVGElement>) => {
      const d = drag.current;
      if (!d || d.id !== event.pointerId) return;
      if (!d.moved && Math.hypot(event.clientX - d.startX, event.clientY - d.startY) < DRAG_THRESHOLD) return;
      if (!d.moved) {
        d.moved = true;
        event.currentTarget.setPointerCapture(event.pointerId);
      }
      const svg = svgRef.current;
      const scale = svg ? MAP_WIDTH / svg.getBoundingClientRect().width : 1;
      const dx = (event.clientX - d.lastX) * scale;
      const dy = (event.clientY - d.lastY) * scale;
      d.lastX = event.clientX;
      d.lastY = event.clientY;
      setView((v) => clamp({ k: v.k, x: v.x + dx, y: v.y + dy }));
    },
    [svgRef],
  );

  const onPointerUp = useCallback((event: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.id !== event.pointerId) return;
    lastWasDrag.current = d.moved;
    drag.current = null;
  }, []);

  const zoomBy = useCallback((factor: number) => setView((v) => zoomAround(v, factor, MAP_WIDTH / 2, MAP_HEIGHT / 2)), []);
  const reset = useCallback(() => setView(IDENTITY), []);
  /** Pans so the map point (x, y) is in the middle, keeping the zoom (at least `minZoom`). */
  const centreOn = useCallback((x: number, y: number, minZoom = 1) => {
    setView((v) => {
      const k = Math.max(v.k, minZoom);
      return clamp({ k, x: MAP_WIDTH / 2 - x * k, y: MAP_HEIGHT / 2 - y * k });
    });
  }, []);
  const fitTo = useCallback((points: readonly [number, number][]) => setView(fitView(points)), []);
  const wasDrag = useCallback(() => lastWasDrag.current, []);

  return { view, zoomBy, reset, centreOn, fitTo, wasDrag, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp } };
}
