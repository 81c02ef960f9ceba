"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FailureScenario, RegionId } from "@/lib/core/analysis/types";
import { PROVIDERS, type Provider } from "@/lib/core/catalog";
import { latencyMatrix } from "@/lib/core/latency";
import type { Plan } from "@/lib/schemas/plan";
import { useAfterPaint } from "@/components/ui/use-after-paint";
import { CountryLayer } from "./country-layer";
import { FailureArrows } from "./failure-arrows";
import { FailureBanner } from "./failure-banner";
import { LatencyArcs, LatencyLabels, mapLines, toScreen } from "./latency-lines";
import { arrowObstacles } from "./arrow-obstacles";
import { markerBox, placeLineLabels, placeRegionLabels, textWidth } from "./label-layout";
import { MapLegend } from "./map-legend";
import { MapTooltip } from "./map-tooltip";
import { resolveClick } from "./hit-test";
import { MarkerChooser } from "./marker-chooser";
import { markerPlaces, type MarkerPlace } from "./marker-layout";
import { PlannedRegions, type RegionActions } from "./planned-regions";
import { MAP_HEIGHT, MAP_WIDTH } from "./projection";
import { ProviderFilter } from "./provider-filter";
import { MarkerLabel, markerLabelWidth, RegionMarker } from "./region-marker";
import { keepUnchangedRoles, regionRoles, type RegionRoles } from "./region-roles";
import { RegionSearch } from "./region-search";
import { useRovingMarkers, type ScreenMarker } from "./use-roving-markers";
import { fitView, useZoomPan, type View } from "./use-zoom-pan";
import { ZoomControls } from "./zoom-controls";
import styles from "./map.module.css";

export type WorldMapProps = Omit<RegionActions, "onShowRegion"> & {
  plan: Plan;
  /** Failure scenarios of the latest valid analysis (null before the plan was ever valid). */
  failures: FailureScenario[] | null;
  isAnalysisStale: boolean;
  failedRegion: string | null;
  /** Regions of the finding the user clicked. */
  highlighted: readonly string[];
  /** Centre and focus this region's marker; a new nonce repeats the request. */
  focusRequest: { id: string; nonce: number } | null;
  isReadOnly?: boolean;
};

const screenOf = (p: MarkerPlace, v: View) => ({ sx: p.x * v.k + v.x + p.dx, sy: p.y * v.k + v.y + p.dy });
const isInView = (sx: number, sy: number) => sx >= 0 && sx <= MAP_WIDTH && sy >= 0 && sy <= MAP_HEIGHT;

/** The world map of every catalog region, the plan's regions on it, and the region panel beside it. */
export function WorldMap(props: WorldMapProps) {
  const { plan, failures, isAnalysisStale, failedRegion, highlighted, focusRequest, onToggleRegion, onFailRegion, onSetPrimary, onSetSecondary } = props;
  const isReadOnly = props.isReadOnly ?? false;
  const svgRef = useRef<SVGSVGElement>(null);
  const markersRef = useRef<SVGGElement>(null);
  const { places, byId } = markerPlaces();
  const plannedPoints = (): [number, number][] => plan.regions.flatMap((r) => byId.get(r.id) ?? []).map((p) => [p.x, p.y]);
  // Opens zoomed onto the plan's regions; edits later never move the map on their own.
  const { view, zoomBy, reset, centreOn, fitTo, wasDrag, handlers } = useZoomPan(svgRef, () => fitView(plannedPoints()));
  const [providers, setProviders] = useState<ReadonlySet<Provider>>(() => new Set(PROVIDERS));
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [isTooltipHidden, setIsTooltipHidden] = useState(false);
  const [chooser, setChooser] = useState<{ ids: string[]; sx: number; sy: number } | null>(null);

  const previousRoles = useRef<ReadonlyMap<string, RegionRoles>>(new Map());
  const roles = useMemo(() => keepUnchangedRoles(regionRoles(plan), previousRoles.current), [plan]);
  useEffect(() => {
    previousRoles.current = roles;
  }, [roles]);
  const plannedIds = useMemo(() => plan.regions.map((r) => r.id), [plan.regions]);
  const plannedKey = plannedIds.join(",");
  const plannedSet = useMemo(() => new Set(plannedIds), [plannedIds]);

  // Planned regions stay visible whatever the provider filter says; they are drawn last (on top).
  const visible = useMemo(
    () => places.filter((p) => providers.has(p.region.provider) || plannedSet.has(p.region.id)).sort((a, b) => Number(plannedSet.has(a.region.id)) - Number(plannedSet.has(b.region.id))),
    [places, providers, plannedSet],
  );
  // The latency lines (a matrix, arcs and their labels) follow an edit after it has been painted:
  // a click's marker and plan list come first (issue 13).
  const linesKey = useAfterPaint(plannedKey);
  const lines = useMemo(
    () => mapLines(latencyMatrix(linesKey ? (linesKey.split(",").filter((id) => byId.has(id)) as RegionId[]) : [])),
    [linesKey, byId],
  );
  // Arrow keys move between markers the person can see.
  const screenMarkers: ScreenMarker[] = useMemo(
    () =>
      visible
        .map((p) => {
          const { sx, sy } = screenOf(p, view);
          return { id: p.region.id, sx, sy, isInView: isInView(sx, sy) };
        })
        .filter((m) => m.isInView),
    [visible, view],
  );

  // Labels are placed after every zoom, pan or edit: cheap for at most 12 regions and 66 lines.
  const labels = useMemo(() => {
    const planned = visible.flatMap((p) => {
      const r = roles.get(p.region.id);
      return r ? [{ place: p, roles: r, ...screenOf(p, view) }] : [];
    });
    const markers = planned.map((p) => markerBox(p.sx, p.sy));
    const usersGoTo = failedRegion ? (failures?.find((f) => f.region === failedRegion)?.teleport.usersGoTo ?? []) : [];
    const arrows = arrowObstacles(failedRegion ? byId.get(failedRegion) : undefined, usersGoTo.flatMap((id) => byId.get(id) ?? []), view);
    const { offsets, boxes } = placeRegionLabels(
      planned.map((p) => ({
        id: p.place.region.id,
        sx: p.sx,
        sy: p.sy,
        w: markerLabelWidth(p.place.region.code, p.place.region.id === failedRegion, p.roles),
        // Where labels must give way (label-layout.ts), the primary's and the secondary's stay.
        priority: p.roles.isPrimary ? 0 : p.roles.isSecondary ? 1 : 2,
      })),
      [...markers, ...arrows],
    );
    const positions = placeLineLabels(
      lines.map((l) => ({ key: l.key, points: l.along.map((pt) => toScreen(pt, view)), w: textWidth(l.text) })),
      markers,
      boxes,
    );
    return { offsets, positions };
  }, [visible, roles, view, lines, failedRegion, failures, byId]);

  const onToggle = useCallback(
    (id: string) => {
      if (wasDrag() || isReadOnly) return;
      onToggleRegion(id);
    },
    [wasDrag, isReadOnly, onToggleRegion],
  );
  // Resolved from the pointer, not from whichever click area is on top (hit-test.ts). Reads the
  // markers through a ref so the callback stays stable and memoised markers skip re-rendering.
  const hitState = useRef({ visible, plannedSet, view });
  useEffect(() => {
    hitState.current = { visible, plannedSet, view };
  });
  const onPointerClick = useCallback(
    (id: string, clientX: number, clientY: number) => {
      if (wasDrag() || isReadOnly) return;
      const rect = svgRef.current?.getBoundingClientRect();
      if (!rect || rect.width === 0) return onToggleRegion(id);
      const px = ((clientX - rect.left) / rect.width) * MAP_WIDTH;
      const py = ((clientY - rect.top) / rect.height) * MAP_HEIGHT;
      const { visible: shown, plannedSet: planned, view: v } = hitState.current;
      const markers = shown.map((p) => ({ id: p.region.id, isPlanned: planned.has(p.region.id), ...screenOf(p, v) }));
      const result = resolveClick(markers, px, py);
      if (result.kind === "act") onToggleRegion(result.id);
      else if (result.kind === "choose") setChooser({ ids: result.ids, sx: px, sy: py });
      else onToggleRegion(id);
    },
    [wasDrag, isReadOnly, onToggleRegion],
  );
  const onEscape = useCallback(() => setIsTooltipHidden(true), []);
  const roving = useRovingMarkers(markersRef, screenMarkers, onToggle, onEscape);
  const { focusMarker, setActiveId } = roving;
  const activeId = roving.activeId && visible.some((p) => p.region.id === roving.activeId) ? roving.activeId : (plannedIds[0] ?? visible[0]?.region.id ?? null);

  const onShowRegion = useCallback(
    (id: string) => {
      const place = byId.get(id);
      if (!place) return;
      // The planned set comes through the ref, so this callback (and the 135 search rows given it) survives edits.
      const isPlanned = hitState.current.plannedSet.has(id);
      if (!providers.has(place.region.provider) && !isPlanned) setProviders(new Set([...providers, place.region.provider]));
      centreOn(place.x, place.y, 2.5);
      focusMarker(id);
    },
    [byId, providers, centreOn, focusMarker],
  );

  const lastNonce = useRef<number | null>(null);
  useEffect(() => {
    if (!focusRequest || focusRequest.nonce === lastNonce.current) return;
    lastNonce.current = focusRequest.nonce;
    onShowRegion(focusRequest.id);
  }, [focusRequest, onShowRegion]);

  const tooltipId = isTooltipHidden ? null : (hoverId ?? focusId);
  const tooltipPlace = tooltipId ? byId.get(tooltipId) : undefined;
  const failedPlace = failedRegion ? byId.get(failedRegion) : undefined;
  const scenario = failedRegion ? (failures?.find((f) => f.region === failedRegion) ?? null) : null;
  const arrowTargets = (scenario?.teleport.usersGoTo ?? []).flatMap((id) => byId.get(id) ?? []);
  const highlightSet = new Set(highlighted);
  const onPoint = useCallback((id: string | null) => {
    setHoverId(id);
    if (id) setIsTooltipHidden(false);
  }, []);
  const onFocusMarker = useCallback(
    (id: string | null) => {
      setFocusId(id);
      if (id) {
        setIsTooltipHidden(false);
        setActiveId(id);
      }
    },
    [setActiveId],
  );

  return (
    <section className={styles.mapSection} aria-labelledby="map-heading">
      <div className={styles.mapColumn}>
        <div className={styles.mapToolbar}>
          <h2 id="map-heading" className={styles.mapHeading}>
            Regions
          </h2>
          <ProviderFilter selected={providers} onChange={setProviders} />
          <ZoomControls
            zoom={view.k}
            onZoomIn={() => zoomBy(1.6)}
            onZoomOut={() => zoomBy(1 / 1.6)}
            onReset={reset}
            onFit={plan.regions.length > 0 ? () => fitTo(plannedPoints()) : null}
          />
        </div>
        {failedRegion ? <FailureBanner regionId={failedRegion} scenario={scenario} isStale={isAnalysisStale} onEnd={() => onFailRegion(null)} /> : null}
        <div className={styles.mapFrame}>
          <svg
            ref={svgRef}
            viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
            className={styles.svg}
            role="group"
            aria-label={
              isReadOnly
                ? "World map of cloud regions (read-only). Use the arrow keys to move between regions."
                : "World map of cloud regions. Use the arrow keys to move between regions, Enter to add or remove one."
            }
            data-read-only={isReadOnly || undefined}
            data-testid="world-map"
            {...handlers}
          >
            <rect width={MAP_WIDTH} height={MAP_HEIGHT} className={styles.ocean} />
            <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
              <CountryLayer />
              <LatencyArcs lines={lines} failedRegion={failedRegion} />
            </g>
            <LatencyLabels lines={lines} positions={labels.positions} />
            {failedPlace && arrowTargets.length > 0 ? <FailureArrows from={failedPlace} to={arrowTargets} view={view} /> : null}
            <g ref={markersRef} role="group" aria-label="Cloud regions">
              {visible.map((p) => {
                const { sx, sy } = screenOf(p, view);
                if (!isInView(sx, sy) && p.region.id !== activeId) return null;
                return (
                  <RegionMarker
                    key={p.region.id}
                    region={p.region}
                    sx={sx}
                    sy={sy}
                    roles={roles.get(p.region.id)}
                    isFailed={failedRegion === p.region.id}
                    isHighlighted={highlightSet.has(p.region.id)}
                    isActive={p.region.id === activeId}
                    isReadOnly={isReadOnly}
                    onToggle={onToggle}
                    onPointerClick={onPointerClick}
                    onKeyDown={roving.onKeyDown}
                    onPoint={onPoint}
                    onFocusMarker={onFocusMarker}
                  />
                );
              })}
            </g>
            <g aria-hidden="true" className={styles.labelLayer}>
              {visible.map((p) => {
                const r = roles.get(p.region.id);
                const offset = labels.offsets.get(p.region.id);
                if (!r || !offset) return null;
                const { sx, sy } = screenOf(p, view);
                return <MarkerLabel key={p.region.id} code={p.region.code} sx={sx} sy={sy} offset={offset} roles={r} isFailed={failedRegion === p.region.id} />;
              })}
            </g>
          </svg>
          {tooltipPlace ? (
            <MapTooltip
              region={tooltipPlace.region}
              {...screenOf(tooltipPlace, view)}
              roles={roles.get(tooltipPlace.region.id)}
              isFailed={failedRegion === tooltipPlace.region.id}
              isReadOnly={isReadOnly}
            />
          ) : null}
          {chooser && !isReadOnly ? (
            <MarkerChooser
              ids={chooser.ids}
              sx={chooser.sx}
              sy={chooser.sy}
              plannedIds={plannedSet}
              onChoose={(id) => {
                setChooser(null);
                onToggleRegion(id);
              }}
              onClose={() => setChooser(null)}
            />
          ) : null}
          {plan.regions.length < 2 && !isReadOnly ? (
            <p className={styles.mapHint} role="status" data-testid="map-hint">
              {plan.regions.length === 0 ? "Add at least two regions on the map to start." : "Add one more region: a multi-region plan needs at least two."}
            </p>
          ) : null}
        </div>
        <MapLegend />
      </div>
      <aside className={styles.sidePanel} aria-label="Region list">
        <h3>In the plan ({plannedIds.length})</h3>
        <PlannedRegions
          ids={plannedIds}
          roles={roles}
          failedRegion={failedRegion}
          isReadOnly={isReadOnly}
          onToggleRegion={onToggleRegion}
          onFailRegion={onFailRegion}
          onSetPrimary={onSetPrimary}
          onSetSecondary={onSetSecondary}
          onShowRegion={onShowRegion}
        />
        <RegionSearch providers={providers} plannedIds={plannedSet} isReadOnly={isReadOnly} onToggleRegion={onToggleRegion} onShowRegion={onShowRegion} />
      </aside>
    </section>
  );
}
