/**
 * A minimal Word (.docx) generator for the importer tests: one paragraph per line of a fixture text,
 * consecutive tab-separated lines as one table (a row per line, a cell per column). Only the parts Word
 * and mammoth need: [Content_Types].xml, _rels/.rels, word/document.xml.
 */
import { constants as zlibConstants, crc32, deflateRawSync } from 'node:zlib';
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

interface RawPart {
  name: string;
  /** Raw deflate data. */
  data: Uint8Array;
  size: number;
  crc: number;
}

/** A zip of already deflated parts; `statedSize` overrides the sizes the headers claim (a lying archive). */
function zipOfDeflated(parts: readonly RawPart[], statedSize?: (part: RawPart) => number): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const size = statedSize?.(part) ?? part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.data));
    central.push(entry, name);
    offset += 30 + name.length + part.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

function deflatedPart(name: string, text: string): RawPart {
  const data = Buffer.from(text);
  return { name, data: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/**
 * A .docx whose word/document.xml unpacks to about `megabytes` MB of paragraphs, small on disk: one
 * deflated megabyte is repeated (sync-flushed deflate blocks concatenate into one valid stream).
 * With `lie`, the zip directory claims every part is 1 KB.
 */
export function makeDocxBomb(megabytes: number, { lie = false } = {}): Uint8Array {
  const head = Buffer.from(documentXml('关于开展科普活动的通知').replace(/<\/w:body><\/w:document>$/u, ''));
  const tail = Buffer.from('</w:body></w:document>');
  const para = '<w:p><w:r><w:t>科普</w:t></w:r></w:p>';
  const chunk = Buffer.from(para.repeat(Math.floor((1024 * 1024) / Buffer.byteLength(para))));
  const flush = { finishFlush: zlibConstants.Z_SYNC_FLUSH };
  const deflatedChunk = deflateRawSync(chunk, flush);
  const blocks = [deflateRawSync(head, flush)];
  let crc = crc32(head);
  for (let i = 0; i < megabytes; i++) {
    blocks.push(deflatedChunk);
    crc = crc32(chunk, crc);
  }
  blocks.push(deflateRawSync(tail));
  crc = crc32(tail, crc);
  const document: RawPart = {
    name: 'word/document.xml',
    data: new Uint8Array(Buffer.concat(blocks)),
    size: head.length + chunk.length * megabytes + tail.length,
    crc,
  };
  const parts = [
    deflatedPart(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    deflatedPart(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    document,
  ];
  return zipOfDeflated(parts, lie ? () => 1024 : undefined);
}
