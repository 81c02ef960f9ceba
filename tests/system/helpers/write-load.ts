import type { RunbookView } from "@/lib/core/runbook";
import type { Plan } from "@/lib/schemas/plan";
import { createProject, request, saveRevision } from "@/tests/system/helpers/api-client";

/**
 * A write load that remembers exactly what the server acknowledged, for the crash test:
 * - savers: one project each, saving revision after revision on the latest base (no contention,
 *   so every save should succeed), each with a unique note;
 * - step checkers: runbook steps of one revision toggled on and off, each write with a unique note.
 * A request that got no answer (the server died under it) is remembered as "in flight": it may or
 * may not have been stored, but if it was, it must be whole.
 */

export type AckedSave = { projectId: string; number: number; note: string };
export type StepWrite = { projectId: string; stepKey: string; isChecked: boolean; note: string };

export type WriteLoad = {
  savedAcks: AckedSave[];
  /** Per step key, the last acknowledged state and, when the server died under it, the write in flight. */
  steps: Map<string, { acked: StepWrite | null; inFlight: StepWrite | null; projectId: string }>;
  savesInFlight: number;
  unexpected: string[];
  stop: () => void;
  done: Promise<void>;
};

async function runbookStepKeys(base: string, projectId: string): Promise<string[]> {
  const response = await request<{ runbook: RunbookView }>(base, `/api/projects/${projectId}/runbook?revision=1`);
  if (response.status !== 200) throw new Error(`runbook: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.runbook.sections.flatMap((s) => s.steps.map((step) => step.key)).filter((key) => !key.includes("@"));
}

export async function hasRunbookRoutes(base: string): Promise<boolean> {
  // A route that exists answers in JSON (here: 404 project_not_found); a missing one gets Next's HTML 404.
  const response = await request(base, "/api/projects/does-not-exist/runbook");
  return response.headers.get("content-type")?.includes("json") ?? false;
}

export async function startWriteLoad(base: string, options: { savers: number; stepCheckers: number; label: string }): Promise<WriteLoad> {
  let isStopped = false;
  const load: WriteLoad = { savedAcks: [], steps: new Map(), savesInFlight: 0, unexpected: [], stop: () => (isStopped = true), done: Promise.resolve() };

  const saverProjects = await Promise.all(Array.from({ length: options.savers }, (_, i) => createProject(base, `${options.label} saver ${i}`)));
  const runbookProject = options.stepCheckers > 0 ? await createProject(base, `${options.label} runbook`) : null;
  const stepKeys = runbookProject ? await runbookStepKeys(base, runbookProject.id) : [];

  const saver = async (projectId: string, plan: Plan) => {
    let latest = 1;
    for (let i = 0; !isStopped; i += 1) {
      const note = `${options.label} ${projectId} save ${i}`;
      load.savesInFlight += 1;
      try {
        const response = await saveRevision(base, projectId, latest, plan, note);
        load.savesInFlight -= 1;
        if (response.status === 201 && response.body.revision) {
          latest = response.body.revision.number;
          load.savedAcks.push({ projectId, number: latest, note });
        } else load.unexpected.push(`save ${response.status} ${JSON.stringify(response.body)}`);
      } catch {
        return; // no answer: the server is gone; this save stays "in flight"
      }
    }
  };

  const checker = async (projectId: string, keys: string[], index: number) => {
    for (let round = 0; !isStopped; round += 1) {
      for (const stepKey of keys) {
        if (isStopped) return;
        const write: StepWrite = { projectId, stepKey, isChecked: round % 2 === 0, note: `${options.label} checker ${index} round ${round}` };
        const entry = load.steps.get(stepKey) ?? { acked: null, inFlight: null, projectId };
        entry.inFlight = write;
        load.steps.set(stepKey, entry);
        try {
          const response = await request(base, `/api/projects/${projectId}/runbook/steps/${encodeURIComponent(stepKey)}?revision=1`, {
            method: "PUT",
            body: { done: write.isChecked, note: write.note },
          });
          if (response.status === 200) {
            entry.acked = write;
            entry.inFlight = null;
          } else {
            entry.inFlight = null;
            load.unexpected.push(`step ${response.status} ${JSON.stringify(response.body)}`);
          }
        } catch {
          return;
        }
      }
    }
  };

  const workers: Promise<void>[] = saverProjects.map((project) => saver(project.id, project.latest?.plan as Plan));
  if (runbookProject)
    for (let i = 0; i < options.stepCheckers; i += 1) {
      // Disjoint step sets: each step has one writer, so "last acknowledged" is well defined.
      const keys = stepKeys.filter((_, k) => k % options.stepCheckers === i);
      workers.push(checker(runbookProject.id, keys, i));
    }
  load.done = Promise.all(workers).then(() => undefined);
  return load;
}
