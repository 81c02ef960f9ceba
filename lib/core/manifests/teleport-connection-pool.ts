import type { BundleContext } from "@/lib/core/bundle/context";
import { nearestDatabaseRegion } from "@/lib/core/bundle/context";
import type { RegionConnectionBudget } from "@/lib/core/sizing/connection-budget";
import { AUDIT_POOL_MAX_CONNS, BLUEPRINT_POOL_MAX_CONNS, connectionBudget } from "@/lib/core/sizing/connection-budget";
import type { PlanRegion } from "@/lib/schemas/plan";

/**
 * `pool_max_conns` for a Teleport region's Auth pods: the backend pool derived from the
 * connection budget of the CockroachDB region they connect to (lib/core/sizing/connection-budget.ts,
 * CockroachDB docs "Connection Pooling": 4 active connections per vCPU, per region), and the
 * audit pool pinned at pgxpool's floor. The same numbers the cockroach-connection-budget rule checks.
 */
export function authPoolSizes(ctx: BundleContext, region: PlanRegion): { backend: number; audit: number } {
  const database = nearestDatabaseRegion(ctx, region);
  const budget = budgetsOf(ctx).find((b) => b.region === database?.id);
  return { backend: budget?.poolMaxConns ?? BLUEPRINT_POOL_MAX_CONNS, audit: AUDIT_POOL_MAX_CONNS };
}

/**
 * The plan's budgets, computed once per bundle context: they depend only on the plan, the
 * sizing and the nearest-region choice, all fixed for one context, and every Teleport region's
 * values asked for all of them again (each a pass over every region pair).
 */
const BUDGETS = new WeakMap<BundleContext, RegionConnectionBudget[]>();

function budgetsOf(ctx: BundleContext): RegionConnectionBudget[] {
  let budgets = BUDGETS.get(ctx);
  if (!budgets) {
    budgets = connectionBudget(ctx.plan, ctx.analysis.sizing, (r) => nearestDatabaseRegion(ctx, r));
    BUDGETS.set(ctx, budgets);
  }
  return budgets;
}
