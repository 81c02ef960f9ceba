import { projectKeys } from "../projects/keys";

/** Revision keys live under their project's detail key. */
export const revisionKeys = {
  all: (projectId: string) => [...projectKeys.detail(projectId), "revisions"] as const,
  list: (projectId: string) => [...revisionKeys.all(projectId), "list"] as const,
  detail: (projectId: string, number: number) => [...revisionKeys.all(projectId), number] as const,
  analysis: (projectId: string, number: number) => [...revisionKeys.detail(projectId, number), "analysis"] as const,
};
