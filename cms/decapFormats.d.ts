// Decap's front matter formatter (the code that writes a folder collection's Markdown files),
// imported from decap-cms-core's own modules, which ship without type declarations.
declare module 'decap-cms-core/dist/esm/formats/frontmatter' {
  export const FrontmatterInfer: {
    toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
    fromFile(content: string): Record<string, unknown>;
  };
}

// Decap's Chinese phrases (for tests of the phrases /admin/ replaces).
declare module 'decap-cms-locales/dist/esm/zh_Hans/index.js' {
  type Phrases = { [key: string]: string | Phrases };
  const zh_Hans: Phrases;
  export default zh_Hans;
}
