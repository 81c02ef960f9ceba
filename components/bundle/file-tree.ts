/**
 * Folders and files of the bundle, built from its paths: files first (README.md and RUNBOOK.md
 * are where a reader starts; in cockroachdb/ the SQL and certificate steps come before the
 * per-region values), then folders, each group by name.
 */
export type TreeNode = { name: string; path: string } & ({ kind: "folder"; children: TreeNode[] } | { kind: "file" });

export function buildTree(paths: readonly string[]): TreeNode[] {
  const root: TreeNode[] = [];
  for (const path of paths) {
    const parts = path.split("/");
    let level = root;
    parts.forEach((name, i) => {
      const nodePath = parts.slice(0, i + 1).join("/");
      if (i === parts.length - 1) {
        level.push({ kind: "file", name, path: nodePath });
        return;
      }
      let folder = level.find((n): n is Extract<TreeNode, { kind: "folder" }> => n.kind === "folder" && n.name === name);
      if (!folder) {
        folder = { kind: "folder", name, path: nodePath, children: [] };
        level.push(folder);
      }
      level = folder.children;
    });
  }
  return sortTree(root);
}

function sortTree(nodes: TreeNode[]): TreeNode[] {
  return nodes
    .map((n) => (n.kind === "folder" ? { ...n, children: sortTree(n.children) } : n))
    .sort((a, b) => (a.kind !== b.kind ? (a.kind === "file" ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
