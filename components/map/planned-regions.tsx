import { getRegion } from "@/lib/core/catalog";
import { PROVIDER_LABEL, ProviderIcon } from "@/components/ui/provider-icon";
import { ROLE_BADGES, roleKeys, type RegionRoles } from "./region-roles";
import styles from "./map.module.css";

export type RegionActions = {
  onToggleRegion: (id: string) => void;
  onFailRegion: (id: string | null) => void;
  onSetPrimary: (id: string) => void;
  onSetSecondary: (id: string | null) => void;
  onShowRegion: (id: string) => void;
};

type PlannedRegionsProps = RegionActions & { ids: string[]; roles: Map<string, RegionRoles>; failedRegion: string | null; isReadOnly: boolean };

/** The plan's regions with every map action as a button: the keyboard and screen-reader path. */
export function PlannedRegions({ ids, roles, failedRegion, isReadOnly, ...actions }: PlannedRegionsProps) {
  if (ids.length === 0) return <p className="muted small">No region yet. Click markers on the map or add regions from the list below.</p>;
  return (
    <ul className={styles.plannedList} aria-label="Regions in the plan">
      {ids.map((id) => {
        const region = getRegion(id);
        const r = roles.get(id);
        const isFailed = failedRegion === id;
        const name = region ? `${id} (${region.name})` : id;
        return (
          <li key={id} className={isFailed ? styles.rowFailed : undefined} data-testid={`planned-${id}`}>
            <div className={styles.rowTitle}>
              {region ? <ProviderIcon provider={region.provider} /> : null}
              <button type="button" className={styles.linkButton} onClick={() => actions.onShowRegion(id)} aria-label={`Show ${region ? `${PROVIDER_LABEL[region.provider]} ${region.code}` : id} on the map`}>
                <span className="mono">{region ? `${PROVIDER_LABEL[region.provider]} ${region.code}` : id}</span>
              </button>
              <span className="muted small">{region ? `${region.city}` : ""}</span>
              <span className={styles.badges}>
                {r
                  ? roleKeys(r).map((key) => (
                      <span key={key} className={`${styles.badgeHtml} ${styles[`badgeHtml-${key}`]}`} title={ROLE_BADGES[key].name}>
                        {ROLE_BADGES[key].badge}
                        <span className="visually-hidden"> ({ROLE_BADGES[key].name})</span>
                      </span>
                    ))
                  : null}
                {isFailed ? <span className={styles.failedTag}>✕ failed</span> : null}
              </span>
            </div>
            <div className={styles.rowActions}>
              {isReadOnly ? null : (
                <>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-pressed={r?.isPrimary ?? false}
                    onClick={() => actions.onSetPrimary(id)}
                    aria-label={`Set ${name} as CockroachDB primary`}
                  >
                    Primary
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-pressed={r?.isSecondary ?? false}
                    onClick={() => actions.onSetSecondary(r?.isSecondary ? null : id)}
                    aria-label={r?.isSecondary ? `Clear ${name} as CockroachDB secondary` : `Set ${name} as CockroachDB secondary`}
                  >
                    Secondary
                  </button>
                </>
              )}
              <button
                type="button"
                className="btn btn-small"
                aria-pressed={isFailed}
                onClick={() => actions.onFailRegion(isFailed ? null : id)}
                aria-label={isFailed ? `End drill: ${name}` : `Fail this region: ${name}`}
              >
                {isFailed ? "End drill" : "Fail this region"}
              </button>
              {isReadOnly ? null : (
                <button type="button" className="btn btn-small" onClick={() => actions.onToggleRegion(id)} aria-label={`Remove ${name} from the plan`}>
                  Remove
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
