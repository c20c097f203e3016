// Browser entry of /admin/: bundled by esbuild from node_modules into dist/admin/cms.js
// (see cms/integration.ts), so the CMS loads nothing from a CDN.
import CMS from 'decap-cms-app';
import { fromJS, OrderedMap } from 'immutable';
import { buildConfig } from './config';
import { registerPreviews } from './previews';
import { ReadonlyControl, ReadonlyPreview } from './widgets/ReadonlyText';
import { silenceGitHubStatusPage } from './quietGitHub';
import { missingInGroups, omitEmptyOptional } from './omitEmpty';
import { orderedEntries } from './fieldOrder';
import { collections } from './collections';
import type { CmsBackend } from './types';
import { startBuildStatusBar } from './buildStatusBar';
import { mountPublishPanel } from './publishPanel';
import { SlugPreview } from './widgets/SlugControl';
import { ClausePreview } from './widgets/ClauseControl';
import { LiveAltTextControl, LiveClauseControl, LiveSlugControl } from './widgets/liveControls';
import { installUploadNames } from './uploadRename';
import { searchAllOnEnter, installSubstringSearch } from './search/substringSearch';
import { registerEditorWording, SEARCH_PLACEHOLDER } from './editorWording';
import { loadClauseIndex, referencedDocuments } from './clauseCheck';
import { checkSave, entryTitles, loadEntryCatalog, SaveRefused } from './entryCheck';
import { mountPolicyImport } from './policyImport';
import { warnOnSave } from './inspectWarnings';
import { mountInspectionPanel } from './inspectionPanel';
import { withWorkflowPhrases } from './workflowLabels';
import { sendEditorName } from './editorName';
import { mountHistoryPanel } from './historyPanel';

/** Injected at bundle time by cms/integration.ts. */
declare const __CMS_SETTINGS__: {
  backend: CmsBackend;
  publishMode: 'simple' | 'editorial_workflow';
  siteUrl: string;
  /** The site's built CSS: stylesheet URLs and inline <style> text, for previews. */
  previewStyles: { href?: string; css?: string }[];
  /** Class → the `data-astro-cid-…` attribute that scopes its styles in the built pages. */
  previewScopes?: Record<string, string>;
};

const settings = __CMS_SETTINGS__;

// CMS_BACKEND=github: no request to githubstatus.com.
silenceGitHubStatusPage();

// Decap's types list only its built-in widgets; ours is registered at run time.
(CMS.registerWidget as (name: string, control: unknown, preview?: unknown) => void)(
  'readonly',
  ReadonlyControl,
  ReadonlyPreview,
);
(CMS.registerWidget as (name: string, control: unknown, preview?: unknown) => void)(
  'slug',
  LiveSlugControl,
  SlugPreview,
);
(CMS.registerWidget as (name: string, control: unknown, preview?: unknown) => void)(
  'clause',
  LiveClauseControl,
  ClausePreview,
);

for (const style of settings.previewStyles) {
  if (style.href) CMS.registerPreviewStyle(style.href);
  else if (style.css)
    (CMS.registerPreviewStyle as (css: string, opts: { raw: boolean }) => void)(style.css, { raw: true });
}
(CMS.registerWidget as (name: string, control: unknown, preview?: unknown) => void)('alt', LiveAltTextControl);
registerPreviews(CMS, settings.previewScopes ?? {});
// Uploads with any file name: stored under a pinyin name, the original name proposed as alt text.
installUploadNames();
// Search that finds Chinese (any part of a title, 文号 or body), from the top box over every collection.
installSubstringSearch();
registerEditorWording(CMS);
searchAllOnEnter(SEARCH_PLACEHOLDER);

// Markdown collections only: site.json keeps its empty strings (its schema wants every key).
interface EntryLike {
  get(key: string): { toJS(): Record<string, unknown> } & unknown;
}
CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }: { entry: EntryLike }) => {
    const name = entry.get('collection') as unknown as string;
    const collection = collections.find((c) => c.name === name);
    const data = entry.get('data');
    const file = collection?.files?.find((f) => f.name === (entry.get('slug') as unknown as string));
    if (file) {
      // A Markdown site page (关于我们 …) gets the 网站自查 warning too; site.json has no prose to check.
      if (file.file.endsWith('.md') && collection) warnOnSave({ ...collection, fields: file.fields }, data.toJS());
      return OrderedMap(orderedEntries(data.toJS(), file.fields).map(([k, v]) => [k, fromJS(v)]));
    }
    if (!collection?.folder || !collection.fields) return data;
    const cleaned = omitEmptyOptional(data.toJS(), collection.fields);
    // Throwing here stops the save; Decap shows 保存内容失败: <message> and writes nothing.
    const missing = missingInGroups(cleaned, collection.fields);
    if (missing.length) throw new SaveRefused(missing);
    // The build's own rules (source checks, schema, clause references, duplicate ids) on the file
    // this save would write, with the entry ids and the named documents' clauses the last build emitted.
    const [clauses, entries] = await Promise.all([
      loadClauseIndex(referencedDocuments(name, cleaned)),
      loadEntryCatalog(),
    ]);
    const isNew = entry.get('newRecord') as unknown as boolean;
    const problems = checkSave({
      collection,
      data: cleaned,
      isNew: Boolean(isNew),
      entries,
      clauses,
    });
    if (problems.length) throw new SaveRefused(problems, entryTitles(entries));
    // 网站自查 on the entry's own text: shown as a warning, the save goes ahead.
    warnOnSave(collection, cleaned);
    return fromJS(cleaned);
  },
} as unknown as Parameters<typeof CMS.registerEventListener>[0]);

// On this machine (Decap then uses the local backend) 查看发布 opens the local site, not the public one.
const local = ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname);

const config = buildConfig({
  backend: settings.backend,
  publishMode: settings.publishMode,
  siteUrl: local ? window.location.origin : settings.siteUrl,
  localBackendUrl: new URL('/api/v1', window.location.origin).href,
});

// 草稿 → 待审核 → 待发布 on the review board.
const cmsLocales = CMS as unknown as {
  getLocale(name: string): Record<string, unknown> | undefined;
  registerLocale(name: string, phrases: Record<string, unknown>): void;
};
const zhHans = cmsLocales.getLocale('zh_Hans');
if (zhHans) cmsLocales.registerLocale('zh_Hans', withWorkflowPhrases(zhHans));
// Every change through the local server is recorded under the editor's name.
if (local) sendEditorName();

CMS.init({ config: config as unknown as Parameters<typeof CMS.init>[0] extends { config?: infer C } ? C : never });

if (local) startBuildStatusBar();
// 发布到正式网站: only the local server publishes (a git backend's pipeline deploys instead).
if (local) void mountPublishPanel();
if (local && settings.backend.name === 'proxy') mountHistoryPanel(collections);
// 导入政策文件: runs the importer on the local server; a remote git backend has none (the dialog says so).
mountPolicyImport({ remote: settings.backend.name !== 'proxy' });
// 网站自查: the findings `npm run inspect` wrote into the build (/admin/inspection.json), with links to the entries.
mountInspectionPanel();
