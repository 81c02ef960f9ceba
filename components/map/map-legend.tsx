import type { ReactNode } from "react";
import { ProviderShape } from "@/components/ui/provider-icon";
import { LATENCY_BANDS } from "./latency-bands";
import { ROLE_BADGES, type RoleKey } from "./region-roles";
import styles from "./map.module.css";

const PROVIDERS = [
  ["aws", "AWS"],
  ["gcp", "Google Cloud"],
  ["azure", "Azure"],
] as const;

function Swatch({ children, width = 22 }: { children: ReactNode; width?: number }) {
  return (
    <svg aria-hidden="true" width={width} height={16} viewBox={`${-width / 2} -8 ${width} 16`} className={styles.swatch}>
      {children}
    </svg>
  );
}

/** Explains every shape, badge, line style and colour the map uses, in words. */
export function MapLegend() {
  return (
    <div className={styles.legend} aria-label="Map legend" role="group">
      <ul>
        {PROVIDERS.map(([id, label]) => (
          <li key={id} className={styles[id]}>
            <Swatch>
              <ProviderShape provider={id} size={9} className={styles.shape} />
            </Swatch>
            {label}
          </li>
        ))}
        <li className={`${styles.aws} ${styles.planned}`}>
          <Swatch>
            <circle r={7} className={styles.ring} />
            <ProviderShape provider="aws" size={7} className={styles.shape} />
          </Swatch>
          In the plan (ringed)
        </li>
      </ul>
      <ul>
        {(Object.keys(ROLE_BADGES) as RoleKey[]).map((key) => (
          <li key={key}>
            <span className={`${styles.badgeHtml} ${styles[`badgeHtml-${key}`]}`}>{ROLE_BADGES[key].badge}</span>
            {ROLE_BADGES[key].name}
          </li>
        ))}
      </ul>
      <ul>
        {LATENCY_BANDS.map((band) => (
          <li key={band.id}>
            <Swatch width={28}>
              <line x1={-13} x2={13} y1={0} y2={0} stroke={band.colour} strokeWidth={3} />
            </Swatch>
            RTT {band.label}
          </li>
        ))}
        <li>
          <Swatch width={28}>
            <line x1={-13} x2={13} y1={0} y2={0} stroke="#4d5a69" strokeWidth={2} />
          </Swatch>
          Measured (solid)
        </li>
        <li>
          <Swatch width={28}>
            <line x1={-13} x2={13} y1={0} y2={0} stroke="#4d5a69" strokeWidth={2} strokeDasharray="5 3" />
          </Swatch>
          Estimated from distance (dashed, “≈”)
        </li>
        <li>
          <Swatch width={28}>
            <path d="M-13,0 L9,0" stroke="#5b2a86" strokeWidth={2} />
            <path d="M7,-4 L13,0 L7,4 Z" fill="#5b2a86" />
          </Swatch>
          Failure drill: where users go
        </li>
      </ul>
    </div>
  );
}
