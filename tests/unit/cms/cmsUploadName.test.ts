// Uploads with any file name: a name Decap would reduce to nothing is stored under its pinyin, a
// name the storage rule and the build accept, and the original name is offered as the alt text.
import { describe, expect, it } from 'vitest';
import { altFromFileName, storedUploadName } from '../../../cms/uploadName';
import { allowedCmsPath } from '../../../scripts/serve/cmsStorage.mjs';

const SAFE = /^[a-z0-9][a-z0-9._-]*\.[a-z0-9]+$/u;

describe('stored name of an upload', () => {
  it.each([
    ['垃圾分类宣传照片.jpg', ['laji', 'fenlei', 'xuanchuan', 'zhaopian'], '.jpg'],
    ['社区 科普 活动（2024）.PNG', ['shequ', 'kepu', 'huodong', '2024'], '.png'],
    ['My Photo 1.JPG', ['my', 'photo', '1'], '.jpg'],
  ])('%s is stored under its words in pinyin', (name, words, ext) => {
    const stored = storedUploadName(name);
    expect(stored).toMatch(SAFE);
    expect(stored.endsWith(ext)).toBe(true);
    expect(stored.slice(0, -ext.length).split('-')).toEqual(words);
    // The local CMS storage accepts it where uploads go.
    expect(allowedCmsPath(`src/assets/uploads/${stored}`, 'file')).toBe(`src/assets/uploads/${stored}`);
  });

  it('keeps a name that is already safe', () => {
    expect(storedUploadName('kepu-huodong-2024.webp')).toBe('kepu-huodong-2024.webp');
  });

  it('never leaves an empty stem (a hidden file) and cuts a long name at a word', () => {
    expect(storedUploadName('【】.jpg')).toBe('tupian.jpg');
    const long = storedUploadName(`${'全民科学素质行动'.repeat(8)}.png`);
    expect(long).toMatch(SAFE);
    expect(long.length).toBeLessThanOrEqual(52);
  });
});

describe('alt text from the file name', () => {
  it('offers a name that describes the picture', () => {
    expect(altFromFileName('垃圾分类宣传照片.jpg')).toBe('垃圾分类宣传照片');
    expect(altFromFileName('volunteers_first-aid.png')).toBe('volunteers first aid');
  });

  it('offers nothing for a camera or chat app name', () => {
    expect(altFromFileName('IMG_2031.jpeg')).toBeUndefined();
    expect(altFromFileName('微信图片_20240101.jpg')).toBeUndefined();
    expect(altFromFileName('DSC0042.JPG')).toBeUndefined();
  });
});
