// Decap's backend class (the layer between the editor and a storage implementation), imported from
// decap-cms-core's own modules, which ship without type declarations: only what the search uses.
declare module 'decap-cms-core/dist/esm/backend' {
  export class Backend {
    listAllEntries(collection: unknown): Promise<import('./entrySearch').SearchableEntry[]>;
    search(collections: unknown[], searchTerm: string): Promise<{ entries: unknown[] }>;
  }
}
