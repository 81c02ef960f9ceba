"use client";

import { memo, useDeferredValue, useMemo, useState } from "react";
import { REGIONS, type CatalogRegion, type Provider } from "@/lib/core/catalog";
import { PROVIDER_LABEL, ProviderIcon } from "@/components/ui/provider-icon";
import styles from "./map.module.css";

type RegionSearchProps = {
  providers: ReadonlySet<Provider>;
  plannedIds: ReadonlySet<string>;
  isReadOnly: boolean;
  onToggleRegion: (id: string) => void;
  onShowRegion: (id: string) => void;
};

function matches(query: string, text: string): boolean {
  return text.toLowerCase().includes(query);
}

type SearchRowProps = { region: CatalogRegion; isPlanned: boolean; isReadOnly: boolean; onToggleRegion: (id: string) => void; onShowRegion: (id: string) => void };

/** One catalog region; memoised, so adding a region re-renders its row, not all 135 (issue 13). */
const SearchRow = memo(function SearchRow({ region: r, isPlanned, isReadOnly, onToggleRegion, onShowRegion }: SearchRowProps) {
  return (
    <li>
      <ProviderIcon provider={r.provider} />
      <button type="button" className={styles.linkButton} onClick={() => onShowRegion(r.id)} aria-label={`Show ${r.code} on the map (${PROVIDER_LABEL[r.provider]}, ${r.city})`}>
        <span className="mono">{r.code}</span>
      </button>
      <span className={styles.searchName}>
        {r.name} · {r.city}
      </span>
      {isReadOnly ? null : (
        <button
          type="button"
          className={`btn btn-small ${isPlanned ? "" : "btn-primary"}`}
          onClick={() => onToggleRegion(r.id)}
          aria-label={`${isPlanned ? "Remove" : "Add"} ${r.id} (${r.name})`}
        >
          {isPlanned ? "Remove" : "Add"}
        </button>
      )}
    </li>
  );
});

/** Every catalog region, searchable by code, name, city, country or provider, with add/remove. */
export const RegionSearch = memo(function RegionSearch({ providers, plannedIds, isReadOnly, onToggleRegion, onShowRegion }: RegionSearchProps) {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query.trim().toLowerCase());
  const results = useMemo(
    () =>
      REGIONS.filter((r) => providers.has(r.provider)).filter(
        (r) => deferred === "" || [r.id, r.code, r.name, r.city, r.country, PROVIDER_LABEL[r.provider]].some((t) => matches(deferred, t)),
      ),
    [deferred, providers],
  );
  return (
    <div className={styles.search}>
      <label htmlFor="region-search">Find a region</label>
      <input
        id="region-search"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Code, name, city or provider"
        aria-describedby="region-search-count"
      />
      <p id="region-search-count" className="muted small" aria-live="polite">
        {results.length} region{results.length === 1 ? "" : "s"}
      </p>
      <ul className={styles.searchList} aria-label="Catalog regions">
        {results.map((r) => (
          <SearchRow key={r.id} region={r} isPlanned={plannedIds.has(r.id)} isReadOnly={isReadOnly} onToggleRegion={onToggleRegion} onShowRegion={onShowRegion} />
        ))}
      </ul>
    </div>
  );
});
