import type { Sizing } from "@/lib/core/analysis/types";
import type { SizingAfterFailure } from "@/lib/core/failure";
import { addTotals, COMPONENT_LABEL, formatNumber, groupTotals, ZERO_TOTALS, type GroupTotals } from "./format";
import { TableScroll } from "./table-scroll";
import styles from "./sizing.module.css";

function Cells({ totals }: { totals: GroupTotals }) {
  return (
    <>
      <td className={styles.numeric}>{formatNumber(totals.pods)}</td>
      <td className={styles.numeric}>{formatNumber(totals.vcpu)}</td>
      <td className={styles.numeric}>{formatNumber(totals.memoryGiB)}</td>
      <td className={styles.numeric}>{formatNumber(totals.storageGiB)}</td>
    </>
  );
}

/**
 * Per-region rows for each pod group, the region's totals, then the plan's totals by product.
 * During a drill (`after`), the regions still running and their totals, with what was lost.
 */
export function SizingTable({ sizing, after = null }: { sizing: Sizing; after?: SizingAfterFailure | null }) {
  const regions = after ? after.regions : sizing.regions;
  const all = regions.flatMap((r) => r.groups);
  const product = (isCockroach: boolean) =>
    all.filter((g) => (g.component === "cockroachdb") === isCockroach).map(groupTotals).reduce(addTotals, ZERO_TOTALS);
  return (
    <TableScroll label="Resources per region">
      <table className={styles.table} data-testid="sizing-table">
        <caption className={styles.caption} data-testid="sizing-caption">
          {after ? `After losing ${after.region}: resources still running per region and in total (requests)` : "Resources per region and in total (requests)"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Component</th>
            <th scope="col" className={styles.numeric}>Pods</th>
            <th scope="col" className={styles.numeric}>vCPU</th>
            <th scope="col" className={styles.numeric}>Memory (GiB)</th>
            <th scope="col" className={styles.numeric}>Storage (GiB)</th>
          </tr>
        </thead>
        {regions.map((region) => (
          <tbody key={region.region} className={styles.regionRows}>
            {region.groups.map((group, i) => (
              <tr key={group.component}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={region.groups.length + 1} className={styles.regionCell}>
                    {region.region}
                  </th>
                ) : null}
                <td>
                  {COMPONENT_LABEL[group.component]}
                  {group.isOverride ? <span className={styles.tag}> (override)</span> : null}
                </td>
                <Cells totals={groupTotals(group)} />
              </tr>
            ))}
            <tr className={styles.subtotal}>
              {region.groups.length === 0 ? <th scope="rowgroup">{region.region}</th> : null}
              <td>Region total</td>
              <Cells totals={region.totals} />
            </tr>
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {after ? "Surviving regions" : "All regions"}: CockroachDB
            </th>
            <Cells totals={product(true)} />
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              {after ? "Surviving regions" : "All regions"}: Teleport
            </th>
            <Cells totals={product(false)} />
          </tr>
          <tr className={styles.total} data-testid="sizing-total">
            <th scope="row" colSpan={2}>
              {after ? "Surviving regions: total" : "All regions: total"}
            </th>
            <Cells totals={after ? after.totals : sizing.totals} />
          </tr>
          {after ? (
            <tr className={styles.lost} data-testid="sizing-lost">
              <th scope="row" colSpan={2}>
                Lost with {after.region}
              </th>
              <Cells totals={after.lost} />
            </tr>
          ) : null}
        </tfoot>
      </table>
    </TableScroll>
  );
}
