"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * `value`, but only after the browser has painted the frame that shows the change: a lagging
 * copy for heavy derived work (the analysis, the dashboard's charts, the map's latency lines).
 *
 * Why not `useDeferredValue` alone: React starts the deferred render right after the urgent
 * commit, in scheduler tasks that Chromium often runs before it produces the next frame, so a
 * click's marker and plan list waited behind analysis and Recharts work (issue 13: 150–500 ms
 * from a marker click to the next paint). Here the update is queued as a task from the
 * animation frame after the next one, i.e. after the frame that shows the edit, and then rendered
 * as a transition, which React interrupts for the next click or keystroke. Edits faster than
 * frames collapse into one update. The first render returns `value` itself, so the
 * server-rendered page is complete, unless an `initial` value is given for it.
 */
export function useAfterPaint<T>(value: T, ...initial: [T] | []): T {
  // With `initial`, the first render returns it and `value` follows after the first paint.
  const [painted, setPainted] = useState<T>(initial.length > 0 ? (initial[0] as T) : value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Two frames: the first produces the edit's frame on the main thread; the second begins only
    // once the compositor has taken that frame, so the heavy work does not compete with its
    // raster and presentation on a busy machine (Event Timing counts up to the presentation).
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => startTransition(() => setPainted(value)), 0);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, painted]);
  return painted;
}
