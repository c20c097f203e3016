// Decap's front matter formatter (the code that writes a folder collection's Markdown files),
// imported from decap-cms-core's own modules, which ship without type declarations.
declare module 'decap-cms-core/dist/esm/formats/frontmatter' {
  export const FrontmatterInfer: {
    toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
    fromFile(content: string): Record<string, unknown>;
  };
}
