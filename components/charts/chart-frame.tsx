"use client";

import { useId, type ReactElement, type ReactNode } from "react";
import { ResponsiveContainer } from "recharts";
import styles from "./charts.module.css";

/**
 * Shared chart configuration. Hex values rather than CSS variables because Recharts writes them
 * into SVG presentation attributes, where var() is not reliable; they match app/globals.css.
 */
export const CHART_COLORS = {
  cockroachdb: "#5b3fc4",
  "teleport-auth": "#1f5fbf",
  "teleport-proxy": "#0a7f8f",
  grid: "#cfd6df",
  axis: "#4d5a69",
  text: "#17202b",
  reference: "#b3261e",
  plan: "#8a5300",
} as const;

export const AXIS_TICK = { fill: CHART_COLORS.axis, fontSize: 12 } as const;
export const AXIS_LABEL_STYLE = { fill: CHART_COLORS.axis, fontSize: 12 } as const;
export const CHART_MARGIN = { top: 12, right: 16, bottom: 28, left: 12 } as const;

export type DataTable = { columns: string[]; rows: (string | number)[][] };

/**
 * One chart with its title, a one-sentence summary and the same numbers as a table for screen
 * readers. The plot area has a fixed height, so recomputed data never moves the page.
 * Children must be a single Recharts chart, with `isAnimationActive={false}` on its series.
 */
export function ChartFrame(props: {
  title: string;
  summary: string;
  height: number;
  /** Caps the plot's width, e.g. to keep a heat map's cells close to square on wide screens. */
  maxWidth?: number;
  table: DataTable;
  legend?: ReactNode;
  testId?: string;
  children: ReactElement;
}) {
  const id = useId();
  return (
    <figure className={styles.frame} data-testid={props.testId}>
      <figcaption className={styles.caption}>
        <h4 id={`${id}-title`} className={styles.title}>
          {props.title}
        </h4>
        <p id={`${id}-summary`} className={styles.summary}>
          {props.summary}
        </p>
      </figcaption>
      <div role="img" aria-labelledby={`${id}-title ${id}-summary`} className={styles.plot} style={{ height: props.height, maxWidth: props.maxWidth }}>
        <ResponsiveContainer width="100%" height={props.height} initialDimension={{ width: 480, height: props.height }}>
          {props.children}
        </ResponsiveContainer>
      </div>
      {props.legend ? <div className={styles.legend}>{props.legend}</div> : null}
      <table className="visually-hidden">
        <caption>{props.title}: data</caption>
        <thead>
          <tr>
            {props.table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** A legend entry drawn in HTML: swatch plus text, so the meaning never rests on colour alone. */
export function LegendItem({ color, label, pattern }: { color: string; label: string; pattern?: "dashed" }) {
  return (
    <span className={styles.legendItem}>
      <span
        aria-hidden="true"
        className={styles.swatch}
        style={pattern === "dashed" ? { borderColor: color, borderStyle: "dashed", background: "transparent" } : { background: color }}
      />
      {label}
    </span>
  );
}
