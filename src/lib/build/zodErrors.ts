/** Minimal shape of a Zod issue, so this module stays free of Zod itself. */
export interface IssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** One line per issue, naming the field path in a form editors can find in the file. */
export function formatZodIssues(issues: ReadonlyArray<IssueLike>): string {
  return issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.map(String).join('.') : '(整个文件)';
      return `  - 字段 ${field}：${issue.message}`;
    })
    .join('\n');
}
