import type { Source } from "./analysis/types";

/** The documents the planner's numbers and rules come from, named once. */
export const BLUEPRINT = (section: string): Source => ({
  title: "Teleport Multi-region Blueprint",
  section,
  url: "https://goteleport.com/docs/deploy-a-cluster/multi-region-blueprint/",
});

export const TELEPORT_DOC = (title: string, url: string, section?: string): Source => ({
  title: `Teleport docs: ${title}`,
  url,
  ...(section ? { section } : {}),
});

export const COCKROACH_DOC = (title: string, page: string, section?: string): Source => ({
  title: `CockroachDB docs: ${title}`,
  url: `https://www.cockroachlabs.com/docs/v26.2/${page}`,
  ...(section ? { section } : {}),
});
