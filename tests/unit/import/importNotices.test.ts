/**
 * The importer on notices laid out in the ways Chinese government notices are (GB/T 9704 parts in
 * varying order and spacing): tests/fixtures/notices/<name>.txt with the metadata a reader takes from
 * the text in <name>.json. Each notice is imported as .txt and, generated from the same text, as .docx:
 * both must give the expected metadata and keep every character.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource, type ImportResult } from '../../../src/lib/import/index';
import { serializeDocument } from '../../../src/lib/import/document';
import { checkConservation } from '../../../src/lib/import/conservation';
import { makeDocx } from '../../support/makeDocx';

const DIR = join(import.meta.dirname, '../../fixtures/notices');

interface Expected {
  title: string;
  issuer: string | null;
  docNumberPrinted: string | null;
  docNumber: string | null;
  issuedDate: string | null;
  printedDate: string | null;
  docType: string;
  status: string;
  documentTitle: string | null;
  attachments: string[];
  tables: number;
  masthead?: string;
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/u, ''))
  .sort();

function metadata(data: ImportResult['data']) {
  return {
    title: data.title,
    issuer: data.issuer,
    docNumberPrinted: data.docNumberAsPrinted ?? data.docNumber,
    docNumber: data.docNumber,
    issuedDate: data.issuedDate,
    printedDate: data.printedDate,
    docType: data.docType,
    status: data.status,
    documentTitle: data.documentTitle,
    attachments: data.attachments ?? [],
    tables: data.tables.length,
    ...(data.masthead ? { masthead: data.masthead } : {}),
  };
}

function expected(name: string): Expected {
  const {
    constructed: _c,
    note: _n,
    ...rest
  } = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Expected & { constructed: boolean; note?: string };
  return rest;
}

it('the notice set has at least 20 notices, each with its expected metadata', () => {
  expect(names.length).toBeGreaterThanOrEqual(20);
  for (const name of names) expect(readdirSync(DIR)).toContain(`${name}.json`);
});

describe.each(names)('%s', (name) => {
  const bytes = readFileSync(join(DIR, `${name}.txt`));
  const text = bytes.toString('utf8');

  it('imports from .txt with the expected metadata and keeps every character', async () => {
    const { source, ...result } = await importSource(bytes, `${name}.txt`);
    expect(metadata(result.data)).toEqual(expected(name));
    expect(checkConservation(text, serializeDocument(result))).toEqual({ ok: true });
    expect(source.text).toBe(text);
  });

  it('imports from .docx (same text) with identical metadata and keeps every character of the document', async () => {
    const docx = await makeDocx(text);
    const { source, ...result } = await importSource(docx, `${name}.docx`);
    expect(metadata(result.data)).toEqual(expected(name));
    expect(checkConservation(source.checkText, serializeDocument(result))).toEqual({ ok: true });
    expect(result.data.source).toBe(`${name}.docx`);
  });
});
