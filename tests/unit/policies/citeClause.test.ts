import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/lib/policies/body';
import { citeDocument, clauseCitations, docNumberForCitation } from '../../../src/lib/policies/intel/citeClause';
import { corpusDoc } from '../../support/policyCorpus';

const URL_BASE = 'https://example.cn/policies';

function citations(slug: string) {
  const d = corpusDoc(slug);
  const doc = {
    slug,
    title: d.data.title,
    docNumber: d.data.docNumber,
    docNumberIncomplete: d.data.docNumberIncomplete ?? false,
  };
  return clauseCitations(doc, parseBody(d.body), `${URL_BASE}/${slug}/`);
}

describe('引用本条', () => {
  it('gives title, 文号, clause number and the URL with the clause anchor', () => {
    const c = citations('zhanjiang-kexue-suzhi-2021-2025');
    expect(c['s3-1']).toBe(
      '湛江市人民政府关于印发《湛江市全民科学素质行动规划纲要实施方案（2021-2025年）》的通知（湛府〔2022〕40号）第三部分第（一）项“实施青少年科学素质提升行动”，https://example.cn/policies/zhanjiang-kexue-suzhi-2021-2025/#s3-1',
    );
  });

  it('numbers nested clauses through the headings above them', () => {
    const c = citations('lixian-kexue-suzhi-2021-2025');
    expect(c['s3-1-1']).toContain('第三部分第（一）项第1条“弘扬科学精神和科学家精神”');
    expect(c['s3-1-1']).toContain('（无文号）');
    expect(c['s3-1-1']!.endsWith('/lixian-kexue-suzhi-2021-2025/#s3-1-1')).toBe(true);
  });

  it('says so when the 文号 was left incomplete, without filling it in', () => {
    expect(docNumberForCitation({ docNumber: '岳南管办发〔2022〕 号', docNumberIncomplete: true })).toBe(
      '岳南管办发〔2022〕 号，原文文号未填写完整',
    );
    const c = citations('nanhu-kexue-suzhi-2022-2025');
    expect(c['s2-1']).toContain(
      '（岳南管办发〔2022〕 号，原文文号未填写完整）第二部分第（一）项“青少年科学素质提升行动”',
    );
  });

  it('has a citation for every id of the document, each ending in its own anchor', () => {
    const d = corpusDoc('yiyang-kexue-suzhi-2021-2025');
    const ids = parseBody(d.body)
      .filter((b) => b.id)
      .map((b) => b.id!);
    const c = citations('yiyang-kexue-suzhi-2021-2025');
    expect(Object.keys(c).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(c[id]!.endsWith(`#${id}`)).toBe(true);
    expect(c['s2-1-2-1']).toContain('第二部分第（一）项第2条第（1）点');
  });

  it('cites the whole document', () => {
    expect(
      citeDocument(
        {
          slug: 'x',
          title: '益阳市科学技术协会关于印发《益阳市科协2023年科普工作要点》的通知',
          docNumber: '益科协〔2023〕12号',
          docNumberIncomplete: false,
        },
        'https://e.cn/policies/x/',
      ),
    ).toBe(
      '益阳市科学技术协会关于印发《益阳市科协2023年科普工作要点》的通知（益科协〔2023〕12号），https://e.cn/policies/x/',
    );
  });
});
