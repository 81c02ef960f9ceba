/**
 * DNS-1123 name checks as Kubernetes applies them (k8s.io/apimachinery `IsDNS1123Label` and
 * `IsDNS1123Subdomain`). Each returns null for a valid name, or one sentence a person can act
 * on, so the plan editor and the risk rules say the same thing.
 */

/** Kubernetes: a label is at most 63 characters. */
export const DNS1123_LABEL_MAX = 63;
/** Kubernetes: a subdomain is at most 253 characters. */
export const DNS1123_SUBDOMAIN_MAX = 253;

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Why `label` is not a label of lowercase letters, digits and inner hyphens, or null. */
function labelShapeProblem(label: string, what: string): string | null {
  if (label.length === 0) return `${what} is empty.`;
  if (LABEL.test(label)) return null;
  if (/[A-Z]/.test(label)) return `${what} has upper-case letters; use lower case only.`;
  const bad = /[^-a-z0-9]/.exec(label);
  if (bad) return `${what} contains "${bad[0]}"; only lower-case letters, digits and "-" are allowed.`;
  return `${what} must start and end with a lower-case letter or digit.`;
}

/** A DNS-1123 label: namespaces, Service names, Helm releases. Null when valid. */
export function dns1123LabelProblem(name: string): string | null {
  if (name.length > DNS1123_LABEL_MAX) return `It is ${name.length} characters long; the limit is ${DNS1123_LABEL_MAX}.`;
  return labelShapeProblem(name, "The name");
}

/**
 * A DNS-1123 subdomain: most Kubernetes object names (Secrets, StorageClasses, Issuers). Dots
 * separate labels. With `isHostname`, each label is also held to 63 characters, as DNS requires
 * of a name that will be resolved (RFC 1035), which Kubernetes' own check does not.
 */
export function dns1123SubdomainProblem(name: string, options: { isHostname?: boolean } = {}): string | null {
  if (name.length > DNS1123_SUBDOMAIN_MAX) return `It is ${name.length} characters long; the limit is ${DNS1123_SUBDOMAIN_MAX}.`;
  if (name.length === 0) return "The name is empty.";
  const labels = name.split(".");
  for (const [index, label] of labels.entries()) {
    const what = labels.length === 1 ? "The name" : `Part ${index + 1} ("${label}")`;
    if (label.length === 0) return "The name has an empty part: no leading, trailing or doubled dots.";
    const problem = labelShapeProblem(label, what);
    if (problem) return problem;
    if (options.isHostname && label.length > DNS1123_LABEL_MAX)
      return `${what} is ${label.length} characters long; a DNS label may have at most ${DNS1123_LABEL_MAX}.`;
  }
  return null;
}

export const isDns1123Label = (name: string): boolean => dns1123LabelProblem(name) === null;
export const isDns1123Subdomain = (name: string): boolean => dns1123SubdomainProblem(name) === null;
