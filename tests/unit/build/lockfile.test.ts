// `npm install` on a clean clone must leave package-lock.json as committed. npm records every
// optional dependency (each platform's native binding of esbuild, sharp, Astro's compiler,
// Pagefind …) whatever machine installs; a lockfile written with some left out is rewritten by the
// next install, and a fresh clone is dirty at once. So: every optional dependency is in the lock.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };

/** Where Node would find `name` from the package at `path` (its own node_modules, then each ancestor's). */
function resolves(path: string, name: string): boolean {
  let at = path;
  for (;;) {
    if (`${at ? `${at}/` : ''}node_modules/${name}` in lock.packages) return true;
    const up = at.lastIndexOf('/node_modules/');
    if (up < 0) return at !== '' && `node_modules/${name}` in lock.packages;
    at = at.slice(0, up);
  }
}

describe('package-lock.json', () => {
  it('lists every optional dependency of every package, for every platform', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolves(path, name))
        .map((name) => `${path || '(root)'} → ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
