/**
 * Colour for a round-trip time: light blue at 0 ms to dark blue at 250 ms and above (roughly
 * the farthest pairs between continents), interpolated in RGB. Text on cells switches to white
 * where the fill gets dark so labels keep their contrast.
 */
const LIGHT = [0xe3, 0xed, 0xfb] as const;
const DARK = [0x0d, 0x2f, 0x66] as const;
export const HEAT_MAX_MS = 250;

export function heatFraction(rttMs: number): number {
  return Math.min(1, Math.max(0, rttMs / HEAT_MAX_MS));
}

export function heatColor(rttMs: number): string {
  const t = heatFraction(rttMs);
  const channel = (i: 0 | 1 | 2) => Math.round(LIGHT[i] + (DARK[i] - LIGHT[i]) * t);
  return `rgb(${channel(0)} ${channel(1)} ${channel(2)})`;
}

export function heatTextColor(rttMs: number): string {
  return heatFraction(rttMs) > 0.4 ? "#ffffff" : "#17202b";
}
