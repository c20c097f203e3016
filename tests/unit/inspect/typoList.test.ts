// The shipped 错别字 list: big enough, well-formed, and quiet on real documents. Every document
// the project keeps — the fixture content, the source notices in seeds/ and the test notices — is
// real published text; a listed wrong form found there is either a real 错别字 or a list error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typoHits } from '../../../src/lib/inspect/rules/typos';
import { parseTypoTable, TYPOS } from '../../../src/lib/inspect/typoList';

const ROOT = join(import.meta.dirname, '../../..');

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(?:md|txt)$/u.test(name) ? [path] : [];
  });
}

describe('错别字表', () => {
  it('has at least 300 entries, each a wrong form and a different right form, listed once', () => {
    expect(TYPOS.length).toBeGreaterThanOrEqual(300);
    const wrongs = TYPOS.map((t) => t.wrong);
    expect(new Set(wrongs).size).toBe(wrongs.length);
    for (const t of TYPOS) {
      expect(t.wrong).not.toBe(t.right);
      expect(t.wrong).toMatch(/^\p{Script=Han}{2,}$/u);
      expect(t.right).toMatch(/^\p{Script=Han}{2,}$/u);
    }
  });

  it('lists no wrong form that is part of another entry’s right form', () => {
    const inside = TYPOS.flatMap((a) =>
      TYPOS.filter((b) => b !== a && b.right.includes(a.wrong)).map((b) => `${a.wrong} ⊂ ${b.right}`),
    );
    expect(inside).toEqual([]);
  });

  it('reports nothing in the right forms themselves', () => {
    expect(typoHits(TYPOS.map((t) => t.right).join('，'))).toEqual([]);
  });

  it('reports nothing in correct look-alikes: words that contain a listed wrong form’s characters', () => {
    const correct = [
      '按装修标准验收，按装机容量计费，按装箱单清点，按装配图组装',
      '既使城市更美，又使市民受益',
      '平安祥和的节日',
      '拼凑和组装',
      '毕竟赛事已经结束',
      '自己经常锻炼身体',
      '全家俱乐部',
      '投资询价和工资询问',
      '公布署名文章',
      '和弦律动',
      '随即然后离开',
      '闲暇想想往事',
    ].join('。');
    expect(typoHits(correct)).toEqual([]);
  });

  it('reports nothing in the real documents the project keeps', () => {
    const files = [
      ...textFiles(join(ROOT, 'tests/fixtures/content')),
      ...textFiles(join(ROOT, 'tests/fixtures/seeds')),
      ...textFiles(join(ROOT, 'tests/fixtures/notices')),
      ...textFiles(join(ROOT, 'seeds')),
    ];
    expect(files.length).toBeGreaterThan(50);
    const hits = files.flatMap((f) => typoHits(readFileSync(f, 'utf8')).map((h) => `${f}: ${h.found}`));
    expect(hits).toEqual([]);
  });

  it('refuses a malformed line, naming it', () => {
    expect(() => parseTypoTable('再接再励')).toThrow(/第 1 行/u);
    expect(() => parseTypoTable('按装 安装 按钮')).toThrow(/不含“按装”/u);
  });
});
