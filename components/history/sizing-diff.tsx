import type { Totals } from "@/lib/core/analysis/types";
import type { RevisionDiff } from "@/lib/server/api/history-schemas";
import { formatAmount, formatDelta, TOTAL_ROWS } from "./format";
import styles from "./history.module.css";

type SizingDiffProps = { sizing: RevisionDiff["sizing"]; from: number; to: number };

function Delta({ value }: { value: number }) {
  return (
    <span className={styles.delta} data-sign={value > 0 ? "up" : value < 0 ? "down" : "none"}>
      {formatDelta(value)}
    </span>
  );
}

const cell = (totals: Totals | null, key: keyof Totals) => (totals ? formatAmount(totals[key]) : "—");

/**
 * The sizing of both revisions (computed by the sizing model of lib/core/sizing, whose sources
 * the Sizing panel of the designer cites): totals with their change, then each region.
 */
export function SizingDiff({ sizing, from, to }: SizingDiffProps) {
  return (
    <div className="stack">
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="sizing-totals">
          <caption className="visually-hidden">Total resources requested, revision {from} and revision {to}</caption>
          <thead>
            <tr>
              <th scope="col">Total</th>
              <th scope="col" className={styles.numeric}>
                Revision {from} (A)
              </th>
              <th scope="col" className={styles.numeric}>
                Revision {to} (B)
              </th>
              <th scope="col" className={styles.numeric}>
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {TOTAL_ROWS.map(({ key, label }) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td className={styles.numeric}>{formatAmount(sizing.before[key])}</td>
                <td className={styles.numeric}>{formatAmount(sizing.after[key])}</td>
                <td className={styles.numeric}>
                  <Delta value={sizing.delta[key]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="sizing-regions">
          <caption className={styles.caption}>Per region: A → B</caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              {TOTAL_ROWS.map(({ key, label }) => (
                <th key={key} scope="col" className={styles.numeric}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sizing.regions.map((row) => (
              <tr key={row.region}>
                <th scope="row">
                  <code>{row.region}</code>
                  {row.before === null ? <span className={styles.regionTag}> (added)</span> : row.after === null ? <span className={styles.regionTag}> (removed)</span> : null}
                </th>
                {TOTAL_ROWS.map(({ key }) => {
                  const change = (row.after?.[key] ?? 0) - (row.before?.[key] ?? 0);
                  return (
                    <td key={key} className={styles.numeric}>
                      {cell(row.before, key)} → {cell(row.after, key)} {change !== 0 ? <Delta value={Math.round(change * 1000) / 1000} /> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
