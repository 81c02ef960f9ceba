"use client";

import type { BundleFileEntry } from "@/lib/core/bundle/api-types";
import { formatBytes } from "./download";
import type { TreeNode } from "./file-tree";
import { buildTree } from "./file-tree";
import styles from "./bundle.module.css";

type FileTreeNavProps = { files: readonly BundleFileEntry[]; selected: string | null; onSelect: (path: string) => void };

/**
 * The bundle's folders and files. Folders are always open (a bundle has few); each file is a
 * button, so Tab and Enter reach every one, and the open file is marked aria-current.
 */
export function FileTreeNav({ files, selected, onSelect }: FileTreeNavProps) {
  const sizes = new Map(files.map((f) => [f.path, f.size]));
  const render = (nodes: TreeNode[]) => (
    <ul className={styles.treeList}>
      {nodes.map((node) =>
        node.kind === "folder" ? (
          <li key={node.path}>
            <span className={styles.folder}>
              <span aria-hidden="true">▾ </span>
              {node.name}/
            </span>
            {render(node.children)}
          </li>
        ) : (
          <li key={node.path}>
            <button
              type="button"
              className={styles.fileButton}
              aria-current={node.path === selected ? "true" : undefined}
              // The whole path is read out; it ends with the visible text ("values.yaml 1.5 kB"), as WCAG 2.5.3 asks.
              aria-label={`${node.path} ${formatBytes(sizes.get(node.path) ?? 0)}`}
              onClick={() => onSelect(node.path)}
            >
              <span className={styles.fileName}>{node.name}</span>{" "}
              <span className={styles.fileSize}>{formatBytes(sizes.get(node.path) ?? 0)}</span>
            </button>
          </li>
        ),
      )}
    </ul>
  );
  return (
    <nav aria-label="Bundle files" className={styles.tree}>
      {render(buildTree(files.map((f) => f.path)))}
    </nav>
  );
}
