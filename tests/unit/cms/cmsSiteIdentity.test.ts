// The CMS's defaults and hints come from site.json: under another identity, nothing of the
// committed one is left in the collections editors see.
import { describe, expect, it, vi } from 'vitest';
import raw from '../../../src/config/site.json';
import { siteSchema } from '../../../src/config/siteSchema';

const CITY_B = siteSchema.parse({
  ...raw,
  name: '科普示例乙市',
  shortName: '科普乙市',
  organization: '示例乙市科学技术协会',
  organizationShort: '乙市科协',
  docNumberPrefix: '乙科协',
  editorialTeam: '科普乙市编辑部',
  region: '湖南省示例乙市',
  baseUrl: 'https://kepu.city-b.example.cn',
});

vi.mock('../../../src/config/site', async (importOriginal) => ({ ...(await importOriginal<object>()), site: CITY_B }));

describe('CMS collections under another site identity', () => {
  it("new articles default to that identity's 编辑部 and 科协", async () => {
    const { articlesCollection } = await import('../../../cms/collections/articles');
    const field = (name: string) => articlesCollection.fields!.find((f) => f.name === name)!;
    expect(field('author').default).toBe(CITY_B.editorialTeam);
    expect(field('source').default).toBe(CITY_B.organization);
  });

  it('no default or hint names the committed identity', async () => {
    const { collections } = await import('../../../cms/collections');
    const text = JSON.stringify(collections);
    for (const key of [
      'name',
      'shortName',
      'organization',
      'organizationShort',
      'docNumberPrefix',
      'editorialTeam',
      'region',
    ] as const) {
      expect(text, key).not.toContain(raw[key]);
    }
    expect(text).toContain(CITY_B.organizationShort);
  });
});
