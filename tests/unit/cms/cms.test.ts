import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readFileSync, existsSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { COLLECTION_GLOBS, type CollectionName } from '../../../src/lib/build/contentPaths';
import { compareCollection, describeZodField, imageStub } from '../../../cms/schemaCheck';
import { collections } from '../../../cms/collections';
import { buildConfig } from '../../../cms/config';
import { backendFromEnv, publishModeFor, BackendConfigError } from '../../../cms/backend';
import { missingInGroups, omitEmptyOptional } from '../../../cms/omitEmpty';
import { optionalGroup } from '../../../cms/fields';
import { orderedEntries } from '../../../cms/fieldOrder';
import { extractPreviewStyles } from '../../../cms/previewStyles';
import type { CmsCollection, CmsField } from '../../../cms/types';
import { articleSchema } from '../../../src/schemas/article';
import { topicSchema } from '../../../src/schemas/topic';
import { eventSchema } from '../../../src/schemas/event';
import { interpretationSchema } from '../../../src/schemas/interpretation';
import { siteSchema } from '../../../src/config/siteSchema';
import { policySchema } from '../../../src/schemas/policy';
import { sitePageSchema } from '../../../src/schemas/sitePage';

/** The schema each CMS collection must agree with (stand-ins for Astro's image()/reference()). */
const schemas: Record<string, z.ZodType> = {
  articles: articleSchema({ image: imageStub, reference: () => z.string() }),
  topics: topicSchema({ image: imageStub }),
  events: eventSchema,
  interpretations: interpretationSchema,
  policies: policySchema,
  'settings/site': siteSchema,
  'pages/about': sitePageSchema,
  'pages/contact': sitePageSchema,
  'pages/copyright': sitePageSchema,
};

function fieldsOf(name: string): CmsField[] {
  const [collectionName, fileName] = name.split('/');
  const collection = collections.find((c) => c.name === collectionName);
  if (!collection) throw new Error(`CMS 中没有集合 ${collectionName}`);
  if (fileName) return collection.files!.find((f) => f.name === fileName)!.fields;
  return collection.fields!;
}

function withFields(name: string, edit: (fields: CmsField[]) => CmsField[]): CmsField[] {
  return edit(structuredClone(fieldsOf(name)));
}

describe('CMS collections agree with the Zod schemas', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: same field names, required-ness and types`, () => {
      expect(compareCollection(fieldsOf(name), schema)).toEqual([]);
    });
  }

  it('covers every collection the CMS offers', () => {
    const offered = collections.flatMap((c) => (c.files ? c.files.map((f) => `${c.name}/${f.name}`) : [c.name]));
    expect(offered.filter((n) => !(n in schemas))).toEqual([]);
    expect(offered.sort()).toEqual(Object.keys(schemas).sort());
  });
});

describe('the consistency check fails on a wrong CMS config', () => {
  const articles = schemas.articles!;
  it('a required field marked optional in the CMS', () => {
    const fields = withFields('articles', (f) => f.map((x) => (x.name === 'coverAlt' ? { ...x, required: false } : x)));
    expect(compareCollection(fields, articles)).toEqual(['coverAlt: 模式中为必填，CMS 却允许留空 (required: false)']);
  });

  it('a renamed field', () => {
    const fields = withFields('articles', (f) => f.map((x) => (x.name === 'publishedAt' ? { ...x, name: 'date' } : x)));
    const problems = compareCollection(fields, articles);
    expect(problems).toContain('date: CMS 字段在模式中不存在');
    expect(problems).toContain('publishedAt: 模式中的必填字段在 CMS 中缺失');
  });

  it('a widget of the wrong type', () => {
    const fields = withFields('topics', (f) => f.map((x) => (x.name === 'order' ? { ...x, widget: 'string' } : x)));
    expect(compareCollection(fields, schemas.topics!)).toEqual(['order: CMS 控件 string 与模式类型 number 不符']);
  });

  it('an optional schema field the CMS makes required', () => {
    const fields = withFields('events', (f) => f.map((x) => (x.name === 'end' ? { ...x, required: true } : x)));
    expect(compareCollection(fields, eventSchema)).toEqual([
      'end: 模式中为选填，CMS 却要求必填（应设 required: false）',
    ]);
  });

  it('select options that differ from the enum', () => {
    const fields = withFields('events', (f) =>
      f.map((x) => (x.name === 'kind' ? { ...x, options: [...(x.options as string[]).slice(1), '夏令营'] } : x)),
    );
    const problems = compareCollection(fields, eventSchema);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^kind: CMS 选项缺少 全国科普日/);
    expect(problems[1]).toBe('kind: CMS 选项 夏令营 不在模式允许的值中');
  });

  it('a field with a schema default that the CMS demands (older files without it could not be saved)', () => {
    const fields = withFields('events', (f) => f.map((x) => (x.name === 'status' ? { ...x, required: true } : x)));
    expect(compareCollection(fields, eventSchema)).toEqual([
      'status: 模式有默认值，CMS 应设 required: false（否则缺少此项的已有文件无法保存）',
    ]);
  });

  it('a nested field that is wrong', () => {
    const fields = withFields('events', (f) =>
      f.map((x) => (x.name === 'location' ? { ...x, fields: [{ name: 'name', label: '名称', required: false }] } : x)),
    );
    expect(compareCollection(fields, eventSchema)).toEqual([
      'location.name: 模式中为必填，CMS 却允许留空 (required: false)',
      'location.address: 模式中的字段在 CMS 中缺失（不需要编辑时用 widget: hidden 保留）',
    ]);
  });

  it('a 网址名 field on a strict schema (the build would refuse the extra key)', () => {
    const fields = withFields('events', (f) => [...f, { name: 'slug', label: '网址名', widget: 'string' }]);
    expect(compareCollection(fields, eventSchema)).toEqual([
      'slug: CMS 字段在模式中不存在（模式为 strict，不接受多余字段）',
    ]);
  });

  it('reads Zod wrappers: optional, default, preprocess, image()', () => {
    expect(describeZodField(z.string().min(1).optional())).toMatchObject({
      kind: 'string',
      required: false,
      hasDefault: false,
    });
    expect(describeZodField(z.boolean().default(false))).toMatchObject({
      kind: 'boolean',
      required: false,
      hasDefault: true,
    });
    expect(describeZodField(z.preprocess((v) => v, z.string().min(1)))).toMatchObject({
      kind: 'string',
      required: true,
    });
    expect(describeZodField(imageStub().transform((s) => s))).toMatchObject({ kind: 'image', required: true });
    expect(describeZodField(z.string())).toMatchObject({
      kind: 'string',
      required: false,
      hasDefault: false,
      acceptsEmpty: true,
    });
  });
});

describe('CMS config', () => {
  const config = buildConfig({
    backend: backendFromEnv({}),
    publishMode: 'simple',
    siteUrl: 'https://kepu.example.cn',
    localBackendUrl: 'http://localhost:4321/api/v1',
  });

  it('is Chinese, local-first and never loads config.yml', () => {
    expect(config.locale).toBe('zh_Hans');
    expect(config.load_config_file).toBe(false);
    expect(config.local_backend).toEqual({ url: 'http://localhost:4321/api/v1' });
  });

  it('offers the six kinds of content', () => {
    expect(config.collections.map((c) => c.label)).toEqual(
      expect.arrayContaining(['科普文章', '专题', '活动', '政策文件', '政策解读', '站点设置']),
    );
  });

  it('writes folder collections where content.config.ts reads them', () => {
    const contentConfig = readFileSync('src/content.config.ts', 'utf8');
    for (const c of config.collections.filter((c): c is CmsCollection & { folder: string } => Boolean(c.folder))) {
      const name = c.folder.replace(/^src\/content\//, '');
      expect(c.folder).toBe(`src/content/${name}`);
      // content.config.ts reads src/content/<name>/ (unless KEPU_CONTENT_DIR names another content
      // set) with the collection's COLLECTION_GLOBS pattern, which must take the files Decap writes.
      expect(contentConfig).toContain(`base: \`./\${CONTENT_DIR}/\${name}\``);
      expect(contentConfig).toContain(`loader: loader('${name}')`);
      expect(matchesGlob(`entry.${String(c.extension)}`, COLLECTION_GLOBS[name as CollectionName])).toBe(true);
    }
    for (const c of config.collections.filter((c) => c.files)) {
      for (const f of c.files!) expect(existsSync(f.file)).toBe(true);
    }
  });

  it('gives every image a required alt text field next to it', () => {
    for (const c of config.collections) {
      const fields = c.fields ?? [];
      fields.forEach((f, i) => {
        if (f.widget !== 'image') return;
        const alt = fields[i + 1];
        expect(alt?.name, `${c.name}.${f.name}`).toBe(`${f.name}Alt`);
        expect(alt?.required, `${c.name}.${alt?.name}`).not.toBe(false);
      });
    }
  });

  it('names new entries with ASCII only', () => {
    expect(config.slug?.encoding).toBe('ascii');
    for (const c of config.collections.filter((c) => c.folder)) {
      expect(String(c.slug), c.name).toMatch(/^[a-z-]*\{\{(fields\.slug|year)\}\}/);
    }
  });
});

describe('backend by environment', () => {
  it('uses the local decap-server, with the editorial workflow, when nothing is set', () => {
    const backend = backendFromEnv({});
    expect(backend).toMatchObject({ name: 'proxy', proxy_url: '/api/v1' });
    expect(publishModeFor(backend, {})).toBe('editorial_workflow');
    expect(publishModeFor(backend, { CMS_PUBLISH_MODE: 'simple' })).toBe('simple');
  });

  it('GitHub and GitLab get the editorial workflow', () => {
    const github = backendFromEnv({
      CMS_BACKEND: 'github',
      CMS_REPO: 'kexie/kepu',
      CMS_BASE_URL: 'https://oauth.example.cn',
    });
    expect(github).toMatchObject({
      name: 'github',
      repo: 'kexie/kepu',
      branch: 'main',
      base_url: 'https://oauth.example.cn',
    });
    expect(publishModeFor(github, {})).toBe('editorial_workflow');
    const gitlab = backendFromEnv({
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'kexie/kepu',
      CMS_APP_ID: 'abc',
      CMS_API_ROOT: 'https://git.example.cn/api/v4',
    });
    expect(gitlab).toMatchObject({
      name: 'gitlab',
      app_id: 'abc',
      auth_type: 'pkce',
      api_root: 'https://git.example.cn/api/v4',
    });
    expect(publishModeFor(gitlab, {})).toBe('editorial_workflow');
  });

  it('Gitea derives its API root and saves directly (Decap has no workflow for it)', () => {
    const gitea = backendFromEnv({
      CMS_BACKEND: 'gitea',
      CMS_REPO: 'kexie/kepu',
      CMS_APP_ID: 'id',
      CMS_BASE_URL: 'https://gitea.example.cn/',
    });
    expect(gitea).toMatchObject({
      base_url: 'https://gitea.example.cn/',
      api_root: 'https://gitea.example.cn/api/v1',
      auth_type: 'pkce',
    });
    expect(publishModeFor(gitea, {})).toBe('simple');
    expect(() => publishModeFor(gitea, { CMS_PUBLISH_MODE: 'editorial_workflow' })).toThrow(/gitea 后端不支持编辑流程/);
  });

  it('names the missing variable', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://g.cn' })).toThrow(
      /CMS_APP_ID/,
    );
    expect(() => backendFromEnv({ CMS_BACKEND: 'github' })).toThrow(BackendConfigError);
    expect(() => backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' })).toThrow(/CMS_BASE_URL/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'bitbucket' })).toThrow(/bitbucket 不受支持/);
  });
});

describe('saving', () => {
  const fields: CmsField[] = [
    { name: 'title' },
    { name: 'end', required: false },
    { name: 'tags', widget: 'list', required: false, default: [] },
    {
      name: 'location',
      widget: 'object',
      required: false,
      fields: [{ name: 'name' }, { name: 'address', required: false }],
    },
  ];

  it('drops optional fields left empty (the schema default then applies) and keeps required ones', () => {
    expect(omitEmptyOptional({ title: '', end: ' ', tags: [], location: { name: '', address: '' } }, fields)).toEqual({
      title: '',
    });
    expect(omitEmptyOptional({ title: 'x', end: '2027', location: { name: '科技馆', address: '' } }, fields)).toEqual({
      title: 'x',
      end: '2027',
      location: { name: '科技馆' },
    });
  });
});

describe('optional groups (地点, 编者补充, 音视频)', () => {
  const fields: CmsField[] = [
    optionalGroup({
      name: 'location',
      label: '地点',
      fields: [
        { name: 'name', label: '场所名称' },
        { name: 'address', label: '详细地址', required: false },
      ],
    }),
  ];

  it('may be left out, but once started its required fields must be filled', () => {
    expect(missingInGroups({}, fields)).toEqual([]);
    expect(missingInGroups({ location: { name: '科技馆' } }, fields)).toEqual([]);
    expect(missingInGroups({ location: { address: '赫山区' } }, fields)).toEqual([
      '地点：已填写部分内容，“场所名称”不能为空',
    ]);
  });

  it('still count as required for the schema check', () => {
    const schema = z.object({
      location: z.object({ name: z.string().min(1), address: z.string().optional() }).optional(),
    });
    expect(compareCollection(fields, schema)).toEqual([]);
    const loose = [
      {
        ...fields[0]!,
        fields: [
          { name: 'name', required: false },
          { name: 'address', required: false },
        ],
      },
    ];
    expect(compareCollection(loose, schema)).toEqual(['location.name: 模式中为必填，CMS 却允许留空 (required: false)']);
  });
});

describe('site.json keeps its key order when saved', () => {
  it('orders keys as the CMS fields list them, unknown keys after, values untouched', () => {
    const fields = fieldsOf('settings/site');
    const shuffled = { icp: '', contact: { phone: '1' }, name: '科普益阳', extra: 1, baseUrl: 'https://a.cn' };
    expect(orderedEntries(shuffled, fields)).toEqual([
      ['name', '科普益阳'],
      ['baseUrl', 'https://a.cn'],
      ['contact', { phone: '1' }],
      ['icp', ''],
      ['extra', 1],
    ]);
  });
});

describe('preview styles', () => {
  it('takes the built stylesheets and inline styles once each, never a remote one', () => {
    const a = '<link rel="stylesheet" href="/_astro/a.css"><style>.x{color:red}</style><link rel="icon" href="/f.svg">';
    const b =
      '<link href="/_astro/a.css" rel="stylesheet"><link rel="stylesheet" href="https://cdn.example.com/x.css"><style>.x{color:red}</style>';
    expect(extractPreviewStyles([a, b])).toEqual([{ href: '/_astro/a.css' }, { css: '.x{color:red}' }]);
  });
});
