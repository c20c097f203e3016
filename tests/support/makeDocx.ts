/**
 * A minimal Word (.docx) generator for the importer tests: one paragraph per line of a fixture text,
 * consecutive tab-separated lines as one table (a row per line, a cell per column). Only the parts Word
 * and mammoth need: [Content_Types].xml, _rels/.rels, word/document.xml.
 */
import JSZip from 'jszip';

const escapeXml = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function paragraph(text: string): string {
  return text === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

function table(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(width)}</w:tblGrid>`;
  const trs = rows.map(
    (r) => `<w:tr>${Array.from({ length: width }, (_, i) => `<w:tc>${paragraph(r[i] ?? '')}</w:tc>`).join('')}</w:tr>`,
  );
  return `<w:tbl>${grid}${trs.join('')}</w:tbl>`;
}

/** Body XML for a text: lines → paragraphs, runs of lines with two or more tabs → a table. */
export function documentXml(text: string): string {
  const lines = text
    .replace(/^\ufeff/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/\n$/u, '')
    .split('\n');
  const parts: string[] = [];
  for (let k = 0; k < lines.length; ) {
    if (((lines[k] ?? '').match(/\t/gu)?.length ?? 0) >= 2) {
      const rows: string[][] = [];
      while (k < lines.length && ((lines[k] ?? '').match(/\t/gu)?.length ?? 0) >= 2)
        rows.push((lines[k++] ?? '').split('\t'));
      parts.push(table(rows));
    } else parts.push(paragraph(lines[k++] ?? ''));
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${parts.join('')}</w:body></w:document>`;
}

export async function makeDocx(text: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file('word/document.xml', documentXml(text));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
