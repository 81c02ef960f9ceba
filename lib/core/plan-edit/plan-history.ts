import type { Plan } from "@/lib/schemas/plan";

/** Undo/redo history of the draft plan. Pure reducer, so it is tested without React. */
export type PlanHistory = {
  past: Plan[];
  present: Plan;
  future: Plan[];
  /** Consecutive edits of one group (typing in the form) within COALESCE_MS undo as one step. */
  lastGroup: string | null;
  lastAt: number;
};

export type HistoryAction =
  | { type: "edit"; plan: Plan; group?: string; at: number }
  /** Like edit, computed from the current plan: lets callers stay stable across renders. `update` must be pure. */
  | { type: "apply"; update: (plan: Plan) => Plan; group?: string; at: number }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "reset"; plan: Plan };

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 800;

export function initialHistory(plan: Plan): PlanHistory {
  return { past: [], present: plan, future: [], lastGroup: null, lastAt: 0 };
}

export function historyReducer(state: PlanHistory, action: HistoryAction): PlanHistory {
  switch (action.type) {
    case "edit": {
      if (action.plan === state.present) return state;
      const isCoalesced = action.group !== undefined && action.group === state.lastGroup && action.at - state.lastAt < COALESCE_MS && state.past.length > 0;
      const past = isCoalesced ? state.past : [...state.past, state.present].slice(-HISTORY_LIMIT);
      return { past, present: action.plan, future: [], lastGroup: action.group ?? null, lastAt: action.at };
    }
    case "apply":
      return historyReducer(state, { type: "edit", plan: action.update(state.present), group: action.group, at: action.at });
    case "undo": {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future], lastGroup: null, lastAt: 0 };
    }
    case "redo": {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { past: [...state.past, state.present], present: next, future: rest, lastGroup: null, lastAt: 0 };
    }
    case "reset":
      return initialHistory(action.plan);
  }
}
