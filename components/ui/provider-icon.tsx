import type { Provider } from "@/lib/core/catalog";

export const PROVIDER_LABEL: Record<Provider, string> = { aws: "AWS", gcp: "Google Cloud", azure: "Azure" };

/**
 * The provider's marker shape, shared by the map, its legend and region chips so a shape means
 * the same everywhere: AWS a square, Google Cloud a circle, Azure a triangle.
 */
export function ProviderShape({ provider, size, x = 0, y = 0, className }: { provider: Provider; size: number; x?: number; y?: number; className?: string }) {
  const h = size / 2;
  if (provider === "aws") return <rect className={className} x={x - h} y={y - h} width={size} height={size} rx={size * 0.12} />;
  if (provider === "gcp") return <circle className={className} cx={x} cy={y} r={h * 1.05} />;
  const t = size * 0.62;
  return <path className={className} d={`M${x},${y - t} L${x + t},${y + t * 0.75} L${x - t},${y + t * 0.75} Z`} />;
}

/** Inline icon for text contexts (chips, lists); decorative because the text names the provider. */
export function ProviderIcon({ provider, size = 12 }: { provider: Provider; size?: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="-7 -7 14 14" style={{ flex: "none", fill: `var(--${provider})` }}>
      <ProviderShape provider={provider} size={10} />
    </svg>
  );
}
