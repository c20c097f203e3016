import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  breakSeal,
  cacheProblem,
  clearCache,
  hasCache,
  sealCache,
  SEAL_FILE,
} from '../../../scripts/build/cacheIntegrity';

const PARTS = ['incremental-build.json', 'dist', 'search-records'];
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kepu-seal-'));
  await mkdir(join(root, 'dist/articles/a'), { recursive: true });
  await mkdir(join(root, 'search-records'), { recursive: true });
  await writeFile(join(root, 'incremental-build.json'), '{"version":1,"routes":{}}');
  await writeFile(join(root, 'dist/articles/a/index.html'), '<h1>甲</h1>');
  await writeFile(join(root, 'search-records/k1.json'), '{"records":[]}');
  // Outside the sealed parts: the content store and images are Astro's to check.
  await writeFile(join(root, 'data-store.json'), '{}');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('incremental cache seal', () => {
  it('passes a cache exactly as the last complete build left it', async () => {
    await sealCache(root, PARTS);
    expect(await cacheProblem(root, PARTS)).toBeNull();
    await writeFile(join(root, 'data-store.json'), '{"changed":true}');
    expect(await cacheProblem(root, PARTS)).toBeNull();
  });

  it('names a page copy whose bytes changed since', async () => {
    await sealCache(root, PARTS);
    await writeFile(join(root, 'dist/articles/a/index.html'), '<h1>甲</h');
    expect(await cacheProblem(root, PARTS)).toBe('缓存文件 dist/articles/a/index.html 与上次构建写入的内容不一致');
  });

  it('names a missing file, an added file, and a damaged manifest', async () => {
    await sealCache(root, PARTS);
    await rm(join(root, 'search-records/k1.json'));
    expect(await cacheProblem(root, PARTS)).toBe('缓存文件 search-records/k1.json 不见了');
    await writeFile(join(root, 'search-records/k1.json'), '{"records":[]}');
    await writeFile(join(root, 'dist/stray.html'), 'x');
    expect(await cacheProblem(root, PARTS)).toBe('缓存中多出上次构建没有写入的文件 dist/stray.html');
    await rm(join(root, 'dist/stray.html'));
    await writeFile(join(root, 'incremental-build.json'), '{"version":1,"rou');
    expect(await cacheProblem(root, PARTS)).toMatch(/incremental-build\.json 与上次构建写入的内容不一致/u);
  });

  it('distrusts a cache with no seal (an interrupted build breaks it first) or an unreadable one', async () => {
    await sealCache(root, PARTS);
    await breakSeal(root);
    expect(await cacheProblem(root, PARTS)).toMatch(/没有完整构建留下的校验记录/u);
    await writeFile(join(root, SEAL_FILE), '{"format":1,"fi');
    expect(await cacheProblem(root, PARTS)).toMatch(/没有完整构建留下的校验记录/u);
  });

  it('clears the sealed parts and the seal, leaving the rest', async () => {
    await sealCache(root, PARTS);
    expect(hasCache(root, PARTS)).toBe(true);
    await clearCache(root, PARTS);
    expect(hasCache(root, PARTS)).toBe(false);
    expect(existsSync(join(root, SEAL_FILE))).toBe(false);
    expect(existsSync(join(root, 'data-store.json'))).toBe(true);
  });
});
