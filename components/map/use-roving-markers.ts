"use client";

import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";

export type ScreenMarker = { id: string; sx: number; sy: number; isInView: boolean };

type Direction = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown";
const VECTORS: Record<Direction, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * The nearest marker in a direction: candidates lie within 60° of the arrow's direction and the
 * score prefers small sideways offsets, so Right moves along a row of markers rather than jumping.
 */
export function nearestInDirection(markers: readonly ScreenMarker[], fromId: string, key: Direction): string | null {
  const from = markers.find((m) => m.id === fromId);
  if (!from) return markers[0]?.id ?? null;
  const [vx, vy] = VECTORS[key];
  let best: { id: string; score: number } | null = null;
  for (const m of markers) {
    if (m.id === fromId) continue;
    const dx = m.sx - from.sx;
    const dy = m.sy - from.sy;
    const along = dx * vx + dy * vy;
    const across = Math.abs(dx * vy - dy * vx);
    if (along <= 0 || across > along * 1.75) continue;
    const score = along + across * 2 + (m.isInView ? 0 : 10_000);
    if (!best || score < best.score) best = { id: m.id, score };
  }
  return best?.id ?? null;
}

/**
 * Roving tabindex over the map's markers: Tab enters the map on one marker, arrows move to the
 * nearest marker in that direction, Home/End jump to the westmost/eastmost, Enter/Space toggle.
 */
export function useRovingMarkers(containerRef: RefObject<SVGGElement | null>, markers: readonly ScreenMarker[], onActivate: (id: string) => void, onEscape: () => void) {
  const [activeId, setActiveId] = useState<string | null>(null);
  // The markers move with every edit, zoom and pan; read through a ref so onKeyDown keeps its
  // identity and the memoised markers (about 135) do not all re-render for one edit (issue 13).
  const markersRef = useRef(markers);
  useEffect(() => {
    markersRef.current = markers;
  });

  const focusMarker = useCallback(
    (id: string) => {
      setActiveId(id);
      // The marker re-renders with tabIndex 0 in this commit; focus it after.
      requestAnimationFrame(() => containerRef.current?.querySelector<SVGGElement>(`[data-region="${CSS.escape(id)}"]`)?.focus());
    },
    [containerRef],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGGElement>, id: string) => {
      const { key } = event;
      if (key === "Enter" || key === " ") {
        event.preventDefault();
        onActivate(id);
        return;
      }
      if (key === "Escape") {
        onEscape();
        return;
      }
      const markers = markersRef.current;
      let next: string | null = null;
      if (key in VECTORS) next = nearestInDirection(markers, id, key as Direction);
      const sorted = key === "Home" || key === "End" ? [...markers].filter((m) => m.isInView).sort((a, b) => a.sx - b.sx) : [];
      if (key === "Home") next = sorted[0]?.id ?? null;
      if (key === "End") next = sorted.at(-1)?.id ?? null;
      if (key in VECTORS || key === "Home" || key === "End") event.preventDefault();
      if (next) focusMarker(next);
    },
    [onActivate, onEscape, focusMarker],
  );

  return { activeId, setActiveId, focusMarker, onKeyDown };
}
