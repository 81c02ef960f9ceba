import type { Source } from "../analysis/types";

/** A GitHub issue or pull request cited as the source of a rule (lib/core/sources.ts covers docs). */
export function GITHUB(repo: string, kind: "issue" | "pull request", number: number, title: string): Source {
  return {
    title: `${repo} ${kind} #${number}`,
    section: title,
    url: `https://github.com/${repo}/${kind === "issue" ? "issues" : "pull"}/${number}`,
  };
}
