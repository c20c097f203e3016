// The local CMS API's allowlist (scripts/serve/cmsStorage.mjs) must name exactly the places the CMS
// configuration stores things: a collection missing here could not save; an extra folder would
// let the API write where the CMS never does.
import { describe, expect, it } from 'vitest';
import { posix } from 'node:path';
import { buildConfig } from '../../../cms/config';
import type { CmsField } from '../../../cms/types';
import { allowedCmsPath, CMS_STORAGE } from '../../../scripts/serve/cmsStorage.mjs';

const config = buildConfig({
  backend: { name: 'git-gateway' } as never,
  publishMode: 'simple',
  siteUrl: 'https://example.cn',
  localBackendUrl: '/api/v1',
});

function mediaFolders(fields: readonly CmsField[] = []): string[] {
  return fields.flatMap((f) => [
    ...(typeof f.media_folder === 'string' ? [f.media_folder] : []),
    ...mediaFolders((f.fields as CmsField[] | undefined) ?? []),
  ]);
}

/** Folders as Decap resolves them: absolute ones from the repository root, relative ones from the entry folder. */
function configuredFolders(): string[] {
  const out = new Set<string>([config.media_folder]);
  for (const c of config.collections) {
    const base = c.folder ?? '';
    if (c.folder) out.add(c.folder);
    for (const media of [c.media_folder, ...mediaFolders(c.fields)].filter((m): m is string => typeof m === 'string')) {
      out.add(media.startsWith('/') ? media.slice(1) : posix.normalize(posix.join(base, media)));
    }
  }
  return [...out].sort();
}

describe('CMS storage allowlist', () => {
  it('names exactly the folders and files of the CMS configuration', () => {
    expect(CMS_STORAGE.folders.map((f) => f.path).sort()).toEqual(configuredFolders());
    const files = config.collections.flatMap((c) => (c.files ?? []).map((f) => f.file));
    expect([...CMS_STORAGE.files].sort()).toEqual(files.sort());
  });

  it('takes Markdown entries in content folders and media in upload folders only', () => {
    expect(allowedCmsPath('src/content/articles/a.md', 'file')).toBe('src/content/articles/a.md');
    expect(allowedCmsPath('src/content/articles/../../assets/uploads/p.png', 'file')).toBe('src/assets/uploads/p.png');
    for (const bad of [
      'src/content/articles/a.mdx',
      'src/content/articles/a.js',
      'src/content/articles/.env.md',
      'src/assets/uploads/x.mjs',
      'src/content/articles/../../../package.json',
      '/etc/passwd',
      'src\\content\\articles\\a.md',
      'src/content/articles/a.md\0.png',
      '',
      'src/config/site.json/..',
      'src/content',
    ]) {
      expect(allowedCmsPath(bad, 'file'), bad).toBeUndefined();
    }
    expect(allowedCmsPath('src/content/articles', 'folder')).toBe('src/content/articles');
    expect(allowedCmsPath('src', 'folder')).toBeUndefined();
  });
});
