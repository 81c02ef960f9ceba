import { getRegion, type Provider } from "@/lib/core/catalog";
import { PROVIDER_LABEL, ProviderIcon } from "./provider-icon";

/** A region as a chip: provider shape, provider name and region code; the full name on hover. */
export function RegionChip({ id }: { id: string }) {
  const region = getRegion(id);
  const provider = (region?.provider ?? id.split(":")[0]) as Provider;
  const code = region?.code ?? id.split(":")[1] ?? id;
  return (
    <span className="chip" title={region ? `${region.name} — ${region.city}` : id}>
      <ProviderIcon provider={provider} />
      <span>
        {PROVIDER_LABEL[provider] ?? provider} <span className="mono">{code}</span>
      </span>
    </span>
  );
}
