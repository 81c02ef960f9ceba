/** The expiry choices offered when creating a link (the API accepts any whole number of hours from 1 to 2160). */
export const EXPIRY_CHOICES: { label: string; hours: number | null }[] = [
  { label: "1 hour", hours: 1 },
  { label: "1 day", hours: 24 },
  { label: "7 days", hours: 7 * 24 },
  { label: "30 days", hours: 30 * 24 },
  { label: "90 days", hours: 90 * 24 },
  { label: "Never", hours: null },
];

export const DEFAULT_EXPIRY_HOURS = 7 * 24;
