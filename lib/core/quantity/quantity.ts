/**
 * Kubernetes resource quantities (`"2"`, `"500m"`, `"8Gi"`, `"1G"`) as numbers the sizing
 * model can compare, and back. The grammar accepted is the one `cpuQuantity` and
 * `memoryQuantity` in lib/schemas/plan.ts allow, plus the larger suffixes Kubernetes knows,
 * so a plan that passed the schema always parses.
 *
 * Source: Kubernetes docs, "Resource Management for Pods and Containers" (CPU in cores or
 * millicores "m"; memory in bytes with decimal K/M/G/T/P/E or binary Ki/Mi/Gi/Ti/Pi/Ei suffixes).
 */

const GIB = 2 ** 30;

/** Bytes per memory suffix. Decimal suffixes are powers of 1000, binary ones of 1024. */
const MEMORY_SUFFIX_BYTES: Readonly<Record<string, number>> = {
  "": 1,
  k: 1e3,
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const CPU_PATTERN = /^(\d+(?:\.\d+)?)(m?)$/;
const MEMORY_PATTERN = /^(\d+(?:\.\d+)?)(k|K|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;

/** A quantity that is not Kubernetes syntax; the schema refuses these before sizing runs. */
export class QuantityError extends RangeError {
  constructor(kind: "CPU" | "memory", quantity: string) {
    super(`Not a Kubernetes ${kind} quantity: ${JSON.stringify(quantity)}`);
    this.name = "QuantityError";
  }
}

/** CPUs in a CPU quantity: `parseCpu("2") = 2`, `parseCpu("500m") = 0.5`. Throws QuantityError. */
export function parseCpu(quantity: string): number {
  const match = CPU_PATTERN.exec(quantity.trim());
  if (!match) throw new QuantityError("CPU", quantity);
  const value = Number(match[1]);
  return match[2] === "m" ? value / 1000 : value;
}

/** GiB in a memory quantity: `parseMemoryGiB("512Mi") = 0.5`, `parseMemoryGiB("8Gi") = 8`. Throws QuantityError. */
export function parseMemoryGiB(quantity: string): number {
  const match = MEMORY_PATTERN.exec(quantity.trim());
  if (!match) throw new QuantityError("memory", quantity);
  const bytesPerUnit = MEMORY_SUFFIX_BYTES[match[2] ?? ""] ?? Number.NaN;
  return (Number(match[1]) * bytesPerUnit) / GIB;
}

/** True when `quantity` parses as a CPU quantity. */
export function isCpuQuantity(quantity: string): boolean {
  return CPU_PATTERN.test(quantity.trim());
}

/** True when `quantity` parses as a memory quantity. */
export function isMemoryQuantity(quantity: string): boolean {
  return MEMORY_PATTERN.test(quantity.trim());
}

/**
 * A CPU count as Kubernetes writes it: whole CPUs as `"2"`, anything else in millicores
 * rounded up (`1.5` gives `"1500m"`), so a request is never smaller than the number asked for.
 */
export function formatCpu(cpus: number): string {
  if (!Number.isFinite(cpus) || cpus < 0) throw new RangeError(`Not a CPU count: ${cpus}`);
  if (Number.isInteger(cpus)) return String(cpus);
  return `${Math.ceil(Math.round(cpus * 1e6) / 1e3)}m`;
}

/**
 * GiB as a memory quantity: whole GiB as `"8Gi"`, anything else in MiB rounded up
 * (`0.5` gives `"512Mi"`).
 */
export function formatMemoryGiB(gib: number): string {
  if (!Number.isFinite(gib) || gib < 0) throw new RangeError(`Not a memory size: ${gib}`);
  if (Number.isInteger(gib)) return `${gib}Gi`;
  return `${Math.ceil(Math.round(gib * 1024 * 1e3) / 1e3)}Mi`;
}
