/**
 * SQL scripts as a list of statements. Each statement's text is assembled by its builder from
 * fixed keywords plus `sqlIdent`/`sqlLiteral` (lib/core/text/quote.ts), never from raw plan
 * values; this module only lays the statements out, one per line, each ending in `;`.
 */
export type SqlStatement = { text: string; comment?: string };

export type SqlScript = { header: readonly string[]; sections: readonly { title: string; statements: readonly SqlStatement[] }[] };

/** A `--` comment line; prose only, so a line break can never end the comment early. */
export const sqlComment = (prose: string): string => `-- ${oneLine(prose)}`.trimEnd();

export function renderSql(script: SqlScript): string {
  const lines: string[] = script.header.map(sqlComment);
  for (const section of script.sections) {
    lines.push("", sqlComment(section.title));
    for (const statement of section.statements) {
      if (statement.comment) lines.push(sqlComment(statement.comment));
      lines.push(`${statement.text};`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export const oneLine = (prose: string): string => prose.replace(/[\r\n\u2028\u2029]+/g, " ");
