"use client";

import { useCallback, useEffect, useState } from "react";
import type { Finding } from "@/lib/core/analysis/types";

/**
 * What clicking a finding does: highlights its regions on the map, then focuses its first plan
 * field (the form opens that field's section when `focusPath` changes, in the same commit) or,
 * for findings without a field, the first region's marker.
 */
export function useFocusFinding() {
  const [highlighted, setHighlighted] = useState<string[]>([]);
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const [mapRequest, setMapRequest] = useState<{ id: string; nonce: number } | null>(null);

  useEffect(() => {
    if (focusPath === null) return;
    const field = document.getElementById(`field-${focusPath}`);
    if (field) {
      field.scrollIntoView({ block: "center", behavior: "smooth" });
      field.focus({ preventScroll: true });
    }
    // Cleared so that clicking the same finding again opens and focuses the field again.
    setFocusPath(null);
  }, [focusPath]);

  const onFocusFinding = useCallback((finding: Finding) => {
    setHighlighted(finding.regions);
    const [path] = finding.fields;
    const [region] = finding.regions;
    if (path !== undefined) setFocusPath(path);
    else if (region !== undefined) setMapRequest((r) => ({ id: region, nonce: (r?.nonce ?? 0) + 1 }));
  }, []);

  return { highlighted, focusPath, mapRequest, onFocusFinding };
}
