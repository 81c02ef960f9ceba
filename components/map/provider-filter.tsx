import { PROVIDERS, type Provider } from "@/lib/core/catalog";
import { PROVIDER_LABEL, ProviderIcon } from "@/components/ui/provider-icon";
import styles from "./map.module.css";

/** Which providers' regions the map and the region list show (planned regions always stay). */
export function ProviderFilter({ selected, onChange }: { selected: ReadonlySet<Provider>; onChange: (next: Set<Provider>) => void }) {
  return (
    <fieldset className={styles.providerFilter}>
      <legend>Show regions of</legend>
      {PROVIDERS.map((p) => (
        <label key={p}>
          <input
            type="checkbox"
            checked={selected.has(p)}
            onChange={(e) => {
              const next = new Set(selected);
              if (e.target.checked) next.add(p);
              else next.delete(p);
              onChange(next);
            }}
          />
          <ProviderIcon provider={p} /> {PROVIDER_LABEL[p]}
        </label>
      ))}
    </fieldset>
  );
}
