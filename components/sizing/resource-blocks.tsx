import type { Sizing } from "@/lib/core/analysis/types";
import { getRegion } from "@/lib/core/catalog";
import { blockRows } from "./block-rows";
import { COMPONENT_LABEL } from "./format";
import { TableScroll } from "./table-scroll";
import styles from "./sizing.module.css";

/** "All 3 regions" when every region shares the block, else the region codes. */
function regionsText(regions: readonly string[], regionCount: number): string {
  if (regions.length === regionCount && regionCount > 1) return `All ${regionCount} regions`;
  return regions.map((id) => getRegion(id)?.code ?? id).join(", ");
}

/** The resources block each pod group gets in the manifests; a missing CPU limit is said out loud. */
export function ResourceBlocks({ sizing }: { sizing: Sizing }) {
  return (
    <TableScroll label="Resources block of each pod">
      <table className={styles.table} data-testid="resource-blocks">
        <caption className={styles.caption}>Resources block of each pod (as written into the manifests)</caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Regions</th>
            <th scope="col">requests.cpu</th>
            <th scope="col">requests.memory</th>
            <th scope="col">limits.cpu</th>
            <th scope="col">limits.memory</th>
          </tr>
        </thead>
        <tbody>
          {blockRows(sizing).map((row) => (
            <tr key={`${row.component}:${row.regions.join(",")}`}>
              <th scope="row">
                {COMPONENT_LABEL[row.component]}
                {row.isOverride ? <span className={styles.tag}> (override)</span> : null}
              </th>
              <td className={styles.regionsCell}>{regionsText(row.regions, sizing.regions.length)}</td>
              <td>
                <code>{row.resources.requests.cpu}</code>
              </td>
              <td>
                <code>{row.resources.requests.memory}</code>
              </td>
              <td>{row.resources.limits.cpu === undefined ? <em>no CPU limit</em> : <code>{row.resources.limits.cpu}</code>}</td>
              <td>
                {row.resources.limits.memory === undefined ? <em>no memory limit</em> : <code>{row.resources.limits.memory}</code>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
