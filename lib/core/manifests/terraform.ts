/**
 * Terraform JSON syntax helpers. Every JSON string in a `*.tf.json` file is a string template
 * to Terraform, so a literal `${` or `%{` coming from the plan must be written `$${` / `%%{`
 * (Terraform docs: JSON Configuration Syntax, "Expression Mapping"; Strings and Templates,
 * "Escape sequences"). References the builders write on purpose use `ref()`.
 */
export const tfLiteral = (value: string): string => value.replace(/([$%])\{/g, "$1$1{");

/** The inverse of tfLiteral, for tests and previews. */
export const tfUnescape = (value: string): string => value.replace(/([$%])\1\{/g, "$1{");

/** An interpolation of a Terraform address built from fixed names (resource types, tfName ids). */
export const ref = (address: string): string => `\${${address}}`;

export const AWS_PROVIDER_REQUIREMENT = { aws: { source: "hashicorp/aws", version: ">= 5.0" } } as const;

/**
 * The Google and AzureRM providers the GCS and Azure Blob storage files are written for. The
 * argument names were checked against each provider's docs at these releases
 * (tests/bundle/fixtures/terraform-providers/*.json): hashicorp/terraform-provider-google v6.50.0
 * and hashicorp/terraform-provider-azurerm v4.81.0; `~>` keeps to the same major version.
 */
export const GOOGLE_PROVIDER_REQUIREMENT = { google: { source: "hashicorp/google", version: "~> 6.50" } } as const;
export const AZURERM_PROVIDER_REQUIREMENT = { azurerm: { source: "hashicorp/azurerm", version: "~> 4.81" } } as const;
