/** Query keys for projects; revision keys nest under a project so invalidating it refreshes both. */
export const projectKeys = {
  all: ["projects"] as const,
  lists: () => [...projectKeys.all, "list"] as const,
  list: (q: string) => [...projectKeys.lists(), { q }] as const,
  details: () => [...projectKeys.all, "detail"] as const,
  detail: (id: string) => [...projectKeys.details(), id] as const,
};
