import { z } from "zod";

/**
 * Runs in the browser before the app hydrates (Next's `instrumentation-client` convention).
 *
 * zod 4 compiles fast object parsers with `new Function` unless told not to, probing first
 * whether eval is allowed. The Content-Security-Policy (next.config.mjs) forbids eval, so the
 * probe fails harmlessly but the browser still reports a CSP violation for it on every page.
 * Without JIT there is no probe and no violation; the plan schema is small enough that
 * parsing stays well under a frame either way.
 */
z.config({ jitless: true });
