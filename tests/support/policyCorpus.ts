/** The fixture policy collection (tests/fixtures/content/policies/*.md) read straight from disk, for unit tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PolicyData } from '../../src/schemas/policy';
import { stripFrontMatter } from '../../src/lib/policies/body';
import { fixtureContent } from '../fixtures/site';

export interface CorpusDoc {
  slug: string;
  data: PolicyData;
  body: string;
}

const DIR = fixtureContent('policies');

let cache: CorpusDoc[] | null = null;

export function loadCorpus(): CorpusDoc[] {
  cache ??= readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1] ?? '';
      const data = parse(fm) as PolicyData;
      return { slug: data.slug, data, body: stripFrontMatter(text) };
    });
  return cache;
}

export function corpusDoc(slug: string): CorpusDoc {
  const d = loadCorpus().find((x) => x.slug === slug);
  if (!d) throw new Error(`no policy ${slug}`);
  return d;
}

export function lineageInputs() {
  return loadCorpus().map((d) => ({
    slug: d.slug,
    title: d.data.title,
    documentTitle: d.data.documentTitle ?? null,
    docNumber: d.data.docNumber,
    docNumberIncomplete: d.data.docNumberIncomplete ?? false,
    body: d.body,
  }));
}
