/**
 * The importer on notices it has never seen, laid out like government notices from other cities:
 * issuer line above the title, 文号 in [] or (), dates with spaces or in Chinese numerals, CRLF and a BOM,
 * page-number lines in every style, a bare notice with its own numbered items. All texts are invented
 * for the test (示例); the expected values are read off the texts themselves.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/lib/import/index';
import { serializeDocument } from '../../../src/lib/import/document';
import { checkConservation } from '../../../src/lib/import/conservation';
import { findCitations } from '../../../src/lib/policies/intel/lineage';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A 印发通知 from another city: masthead, 文号 in square brackets, issuer on the line above 关于…, CRLF + BOM. */
const CHANGSHA = [
  '\ufeff长沙市示例科学技术协会文件',
  '',
  '长示科协[2024]7号',
  '',
  '长沙市示例科学技术协会',
  '关于印发《长沙市示例科协 2024 年青少年科技',
  '教育工作要点》的通知',
  '',
  '各区县（市）科协，市级各学会，',
  '有关单位：',
  '    现将《长沙市示例科协2024年青少年科技教育工作要点》印发给你们，',
  '请认真贯彻落实。',
  '',
  '长沙市示例科学技术协会',
  '2024年 3月 15日',
  '\f— 1 —',
  '长沙市示例科协2024年青少年科技教育工作要点',
  '一、总体要求',
  '（一）指导思想。坚持以人民为中心，面向全体青少年开展',
  '科学教育，激发好奇心和想象力。',
  '- 2 -',
  '（二）工作目标。到年底，全市青少年科技教育活动覆盖',
  '所有中小学校。',
  '二、重点任务',
  '1.开展科学调查体验活动。组织中小学生参加全国青少年科',
  '学调查体验活动。',
  '－3－',
  '2.举办青少年科技创新大赛。做好赛事组织、评审、展示工作。',
  '第 4 页',
  '长沙市示例科学技术协会办公室 2024年3月15日印发',
  '',
].join('\r\n');

/** A bare 通知 (no enclosed document), title on one line with the issuer leading it, 文号 in round brackets. */
const ZHUZHOU = [
  '株示科协发(2023)15号',
  '株洲市示例科学技术协会关于开展2023年全国科普日活动的通知',
  '各县市区科协：',
  '根据中国科协有关通知（科协发普字〔2023〕18号）要求，现就开展全国科普日活动通知如下：',
  '一、活动时间',
  '2023年9月（具体以各地安排为准）。',
  '二、活动要求',
  '（一）突出主题。围绕科普日主题组织活动。',
  '（二）注重实效。活动结束后报送总结。',
  '株洲市示例科学技术协会',
  '二〇二三年八月十日',
].join('\n');

/** A draft plan whose top-level items are 1、 2、 before 三、, with blanks left for numbers. */
const DRAFT = [
  '示例县全民科学素质行动实施方案（2021-2025年）',
  '（征求意见稿）',
  '1、 总体要求',
  '到2025年，全县培训科技辅导员      人次。',
  '2、 工作目标',
  '公民具备科学素质的比例超过15%。',
  '三、保障措施',
  '（一）组织保障。成立工作领导小组。',
].join('\n');

describe('a 印发通知 from another city (CRLF, BOM, [] 文号, page numbers in four styles)', () => {
  const { data, body } = importDocument(enc(CHANGSHA), 'changsha.txt');

  it('reads the metadata', () => {
    expect(data.title).toBe('长沙市示例科学技术协会关于印发《长沙市示例科协2024年青少年科技教育工作要点》的通知');
    expect(data.masthead).toBe('长沙市示例科学技术协会文件');
    expect(data.docNumber).toBe('长示科协〔2024〕7号');
    expect(data.docNumberAsPrinted).toBe('长示科协[2024]7号');
    expect(data.issuer).toBe('长沙市示例科学技术协会');
    expect(data.issuedDate).toBe('2024-03-15');
    expect(data.printedDate).toBe('2024-03-15');
    expect(data.docType).toBe('工作要点');
    expect(data.status).toBe('final');
    // The 网址名 is read from the enclosed document's title, never from the file name.
    expect(data.slug).toMatch(/^changsha-[a-z0-9-]*qingshaonian-[a-z0-9-]*2024$/u);
    expect(importDocument(enc(CHANGSHA), '2024-15.txt').data.slug).toBe(data.slug);
  });

  it('drops page-number lines and form feeds, and nothing else', () => {
    expect(body).not.toMatch(/— 1 —|- 2 -|－3－|第 4 页|\f/u);
    expect(checkConservation(CHANGSHA, serializeDocument({ data, body }))).toEqual({ ok: true });
  });

  it('marks the notice part: addressee (wrapped over two lines), signature, date', () => {
    expect(body).toContain('<p class="doc-addressee">各区县（市）科协，市级各学会，有关单位：</p>');
    expect(body).toContain('现将《长沙市示例科协2024年青少年科技教育工作要点》印发给你们，请认真贯彻落实。');
    expect(body).toContain('<p class="doc-signature">长沙市示例科学技术协会</p>');
    expect(body).toContain('<time datetime="2024-03-15">2024年3月15日</time>');
  });

  it('recognises the heading hierarchy of the enclosed document, across page breaks', () => {
    expect(body).toContain('## 长沙市示例科协2024年青少年科技教育工作要点 {#document}');
    expect(body).toContain('### 一、总体要求 {#s1}');
    expect(body).toContain('#### （一）指导思想。 {#s1-1}');
    expect(body).toContain('坚持以人民为中心，面向全体青少年开展科学教育，激发好奇心和想象力。');
    expect(body).toContain('#### （二）工作目标。 {#s1-2}');
    expect(body).toContain('### 二、重点任务 {#s2}');
    expect(body).toContain('#### 1.开展科学调查体验活动。 {#s2-1}');
    expect(body).toContain('组织中小学生参加全国青少年科学调查体验活动。');
    expect(body).toContain('#### 2.举办青少年科技创新大赛。 {#s2-2}');
  });

  it('writes dates quoted, so the build’s YAML parser cannot roll an impossible day over', () => {
    const md = serializeDocument({ data, body });
    expect(md).toContain("issuedDate: '2024-03-15'");
    expect(md).toContain("printedDate: '2024-03-15'");
  });

  it('keeps the 版记 as its own part', () => {
    expect(body).toMatch(
      /<div class="doc-part doc-part-imprint"[^>]*>\n\n<p class="doc-imprint">长沙市示例科学技术协会办公室/u,
    );
  });
});

describe('a bare 通知 with its own numbered items', () => {
  const { data, body } = importDocument(enc(ZHUZHOU), 'zhuzhou-kepuri.txt');

  it('reads 文号 in round brackets, issuer leading the title, a date in Chinese numerals', () => {
    expect(data.docNumber).toBe('株示科协发〔2023〕15号');
    expect(data.title).toBe('株洲市示例科学技术协会关于开展2023年全国科普日活动的通知');
    expect(data.issuer).toBe('株洲市示例科学技术协会');
    expect(data.issuedDate).toBe('2023-08-10');
    expect(data.docType).toBe('通知');
    expect(data.documentTitle).toBeNull();
  });

  it('writes the text so the citation graph finds the cited 文号, and numbers the notice’s own items', () => {
    expect(findCitations({ ...data, body }).map((c) => c.number?.normalized)).toEqual(['科协发普字〔2023〕18号']);
    expect(body).toContain('## 一、活动时间 {#s1}');
    expect(body).toContain('### （二）注重实效。 {#s2-2}');
    expect(checkConservation(ZHUZHOU, serializeDocument({ data, body }))).toEqual({ ok: true });
  });
});

describe('a notice whose title does not name the issuer', () => {
  const text = [
    '关于做好2024年科技活动周工作的通知',
    '各有关单位：',
    '现将有关事项通知如下，请认真落实。',
    '',
    '                    示例市科学技术局',
    '2024年5月6日',
  ].join('\n');
  const { data, body } = importDocument(enc(text), 'kejizhou.txt');

  it('takes the 发文机关 from the signature, and the date under it', () => {
    expect(data.title).toBe('关于做好2024年科技活动周工作的通知');
    expect(data.issuer).toBe('示例市科学技术局');
    expect(data.issuedDate).toBe('2024-05-06');
    expect(body).toContain('<p class="doc-signature">示例市科学技术局</p>');
    expect(checkConservation(text, serializeDocument({ data, body }))).toEqual({ ok: true });
  });
});

describe('a plan whose title is wrapped before its 文种, with Markdown-like characters in the text', () => {
  const text = [
    '示例市全民科学素质行动规划纲要',
    '实施方案（2021－2025年）',
    '一、总体目标',
    '1. 到2025年，比例达到*15%*以上；[重点] 指标见 <附表> & 说明。',
    '# 不是标题的一行文字，以井号开头。',
  ].join('\n');
  const { data, body } = importDocument(enc(text), 'plan.txt');

  it('joins the title lines and keeps every character', () => {
    expect(data.title).toBe('示例市全民科学素质行动规划纲要实施方案（2021－2025年）');
    expect(body).toContain('## 一、总体目标 {#s1}');
    expect(body).toContain('\\#不是标题');
    expect(checkConservation(text, serializeDocument({ data, body }))).toEqual({ ok: true });
  });
});

describe('a notice with an appendix table of its own (another layout of task list)', () => {
  const text = [
    '示例县科学技术协会关于印发《示例县2024年科普重点任务》的通知',
    '各乡镇科协：',
    '现将《示例县2024年科普重点任务》印发给你们，请遵照执行。',
    '示例县科学技术协会',
    '2024年2月1日',
    '示例县2024年科普重点任务',
    '一、工作任务',
    '按附件所列任务分工落实。',
    '附件1',
    '重点任务分工表',
    '任务\t牵头单位\t完成时间',
    '开展科普日活动，覆盖全县所有乡\t县科协\t2024年9月',
    '',
    '镇。\t\t\t',
    '建设科普示范社区\t县科协 县民政局\t2024年底',
    '任务\t牵头单位\t完成时间',
    '培训农村实用人才500人次\t县农业农村局\t',
  ].join('\n');
  const { data, body } = importDocument(enc(text), 'county.txt');

  it('rebuilds the table: continuation merged, repeated header not a data row, trailing tabs ignored, blank cells kept blank', () => {
    const [table] = data.tables;
    expect(table?.caption).toBe('重点任务分工表');
    expect(table?.headers).toEqual([
      ['任务', '牵头单位', '完成时间'],
      ['任务', '牵头单位', '完成时间'],
    ]);
    expect(table?.rows.map((r) => r.group)).toEqual([0, 0, 1]);
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ['开展科普日活动，覆盖全县所有乡镇。', '县科协', '2024年9月'],
      ['建设科普示范社区', '县科协 县民政局', '2024年底'],
      ['培训农村实用人才500人次', '县农业农村局', ''],
    ]);
    expect(body).toContain('## 附件1 重点任务分工表 {#appendix-1}');
    expect(checkConservation(text, serializeDocument({ data, body }))).toEqual({ ok: true });
  });
});

describe('a bare plan with an appendix', () => {
  const text = ['示例市科普工作实施方案', '一、目标', '全面提升。', '附件', '示例清单', '（一）第一项。内容。'].join(
    '\n',
  );
  const { body } = importDocument(enc(text), 'bare.txt');

  it('puts the appendix at h2 (never a second h1) and its items below it', () => {
    expect(body).toContain('## 一、目标 {#s1}');
    expect(body).toContain('## 附件 示例清单 {#appendix-1}');
    expect(body).toContain('### （一）第一项。 {#a1-1}');
    expect(body).not.toMatch(/^# /mu);
  });
});

describe('a draft plan', () => {
  const { data, body } = importDocument(enc(DRAFT), 'draft.txt');

  it('is a draft whose title includes the parenthetical line', () => {
    expect(data.title).toBe('示例县全民科学素质行动实施方案（2021-2025年）（征求意见稿）');
    expect(data.status).toBe('draft');
    expect(data.issuer).toBeNull();
    expect(data.issuedDate).toBeNull();
  });

  it('treats 1、 before 三、 as top-level and keeps the blank visible', () => {
    expect(body).toContain('## 1、总体要求 {#s1}');
    expect(body).toContain('## 三、保障措施 {#s3}');
    expect(body).toContain('### （一）组织保障。 {#s3-1}');
    expect(body).toMatch(/科技辅导员<span class="doc-blank"[^>]*>\u00a0{6}<\/span>人次。/u);
  });
});

describe('bad input: a clear error, nothing imported', () => {
  it.each([
    ['an empty file', new Uint8Array(), /文件为空/u],
    ['whitespace only', enc(' \n\r\n\t\n'), /没有文字内容/u],
    ['a binary file', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), /二进制/u],
    ['invalid UTF-8 (GBK)', new Uint8Array([0xd2, 0xe6, 0xd1, 0xf4, 0x0a]), /UTF-8/u],
    [
      'no recognisable title',
      enc(
        '根据有关文件精神，结合我市实际，现提出如下意见，请遵照执行。这一段是正文而不是标题，它以句号结尾。\n第二段。\n',
      ),
      /标题/u,
    ],
  ])('%s', (_name, bytes, message) => {
    expect(() => importDocument(bytes, 'bad.txt')).toThrow(message);
  });
});
