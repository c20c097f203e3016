// The /admin/ side of review and history: which file the 修订记录 panel asks about on each screen,
// the review board's words, and the editor's name as the browser sends it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { collections } from '../../../cms/collections';
import { placeOfRoute } from '../../../cms/historyPanel';
import { WORKFLOW_PHRASES, withWorkflowPhrases } from '../../../cms/workflowLabels';
import { EDITOR_HEADER, editorNameProblem, sendEditorName, setEditorName } from '../../../cms/editorName';
import { checkEditorName } from '../../../scripts/serve/cmsAuthor.mjs';

describe('placeOfRoute', () => {
  it('names the file of an entry in a folder collection and the folder of its list', () => {
    expect(placeOfRoute('#/collections/articles/entries/shui-an-quan', collections)).toEqual({
      entry: 'src/content/articles/shui-an-quan.md',
      folder: 'src/content/articles',
      label: '科普文章',
    });
    expect(placeOfRoute('#/collections/events', collections)).toMatchObject({ folder: 'src/content/events' });
  });
  it('names the file of a file collection entry, and nothing elsewhere', () => {
    expect(placeOfRoute('#/collections/pages/entries/about', collections).entry).toBe('src/content/pages/about.md');
    expect(placeOfRoute('#/collections/settings/entries/site', collections).entry).toBe('src/config/site.json');
    expect(placeOfRoute('#/workflow', collections)).toEqual({});
    expect(placeOfRoute('#/collections/nope/entries/x', collections)).toEqual({});
  });
});

describe('the review board in Chinese', () => {
  const phrases = {
    workflow: { workflowList: { draftHeader: '草稿', inReviewHeader: '审查中', readyHeader: '就绪' } },
    editor: { editorToolbar: { publish: '发布', inReview: '审核中', ready: '就绪' } },
  };
  const at = (tree: unknown, path: string) =>
    path.split('.').reduce((node, key) => (node as Record<string, unknown>)[key], tree);

  it('calls the columns 草稿 / 待审核 / 待发布 and keeps every other phrase', () => {
    const changed = withWorkflowPhrases(phrases);
    expect(at(changed, 'workflow.workflowList.draftHeader')).toBe('草稿');
    expect(at(changed, 'workflow.workflowList.inReviewHeader')).toBe('待审核');
    expect(at(changed, 'workflow.workflowList.readyHeader')).toBe('待发布');
    expect(at(changed, 'editor.editorToolbar.ready')).toBe('待发布');
    expect(at(changed, 'editor.editorToolbar.publish')).toBe('发布');
    expect(phrases.workflow.workflowList.readyHeader).toBe('就绪');
  });

  it("replaces phrases Decap's Chinese locale has (a renamed key would silently change nothing)", () => {
    const require = createRequire(import.meta.url);
    const decap = require.resolve('decap-cms-app');
    const source = readFileSync(
      createRequire(decap)
        .resolve('decap-cms-locales')
        .replace(/decap-cms-locales\.js$/u, 'esm/zh_Hans/index.js'),
      'utf8',
    );
    for (const path of Object.keys(WORKFLOW_PHRASES)) {
      const key = path.split('.').at(-1)!;
      expect(source, path).toMatch(new RegExp(`\\b${key}: '`, 'u'));
    }
  });
});

describe("the editor's name", () => {
  it('refuses what the server refuses', () => {
    for (const bad of ['王\n五', 'a\u0000', '\u202e王', '<王>', '长'.repeat(41)]) {
      expect(editorNameProblem(bad), bad).not.toBeNull();
      expect(checkEditorName(bad).problem, bad).toBeDefined();
    }
    expect(editorNameProblem('王 五')).toBeNull();
    expect(checkEditorName('王 五')).toEqual({ name: '王 五' });
  });

  it('is sent, percent-encoded, only with requests to the CMS API on this origin', async () => {
    const seen: { url: string; editor: string | null }[] = [];
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    const win = {
      location: { href: 'http://localhost:4321/admin/', origin: 'http://localhost:4321' },
      localStorage: storage,
      fetch: async (input: string, init?: RequestInit) => {
        seen.push({ url: input, editor: new Headers(init?.headers).get(EDITOR_HEADER) });
        return new Response('{}');
      },
    } as unknown as Window & typeof globalThis;
    sendEditorName(win);
    await win.fetch('/api/v1', { method: 'POST' });
    setEditorName('  李 主任 ', storage);
    await win.fetch('/api/v1', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    await win.fetch('http://localhost:8081/api/v1');
    await win.fetch('/api/build-status');
    expect(seen.map((s) => s.editor)).toEqual([null, encodeURIComponent('李 主任'), null, null]);
  });
});
