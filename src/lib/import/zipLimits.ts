/**
 * Size limits of a .docx (a zip), checked before mammoth unpacks it: a few hundred KB of highly
 * compressible XML can expand to gigabytes (mammoth held 2.9 GB for a 317 KB file). The sizes are
 * read from the zip's central directory, then each XML part is inflated with a cap on its output,
 * so a directory that understates a size is caught too. Media parts are not read (images are
 * ignored by the importer) and only count towards the number of parts.
 */
import { inflateRawSync } from 'node:zlib';
import { ImportError } from './rawLines.ts';

/** Largest total of the XML parts once unpacked (a long notice with tables is a few MB). */
export const MAX_DOCX_XML_BYTES = 32 * 1024 * 1024;
/** Most parts a .docx may hold. */
export const MAX_DOCX_PARTS = 5_000;

const MB = 1024 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function bad(detail: string): ImportError {
  return new ImportError(`不是有效的 .docx 文件（${detail}）`);
}

/** The central directory's entries. Throws ImportError for a damaged or unsupported (ZIP64) archive. */
export function zipParts(bytes: Uint8Array): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw bad('找不到压缩包目录');
  const count = view.getUint16(end + 10, true);
  const dirOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw bad('不支持 ZIP64 格式');
  if (count > MAX_DOCX_PARTS) throw new ImportError(`.docx 文件含有 ${count} 个部件，超过上限 ${MAX_DOCX_PARTS}`);
  const parts: ZipPart[] = [];
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw bad('压缩包目录已损坏');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const part: ZipPart = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (part.size === 0xffffffff || part.compressedSize === 0xffffffff) throw bad('不支持 ZIP64 格式');
    parts.push(part);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

const isXml = (name: string): boolean => /\.(?:xml|rels)$/iu.test(name);

/** The bytes of one part as stored (still compressed). */
function storedData(bytes: Uint8Array, part: ZipPart): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = part.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw bad(`部件 ${part.name} 已损坏`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + part.compressedSize > bytes.length) throw bad(`部件 ${part.name} 不完整`);
  return bytes.subarray(start, start + part.compressedSize);
}

/**
 * Refuses a .docx whose XML parts would unpack to more than MAX_DOCX_XML_BYTES, by the sizes its
 * directory states and by inflating them with that cap. Throws ImportError naming the largest part.
 */
export function checkDocxSize(bytes: Uint8Array): void {
  const xml = zipParts(bytes).filter((p) => isXml(p.name));
  const limit = `上限 ${MAX_DOCX_XML_BYTES / MB} MB`;
  const tooBig = (what: string): ImportError =>
    new ImportError(`解压后的文字内容太大（${what}），可能是压缩炸弹，已拒绝`);
  const largest = (): string => [...xml].sort((a, b) => b.size - a.size)[0]?.name ?? '';
  const stated = xml.reduce((sum, p) => sum + p.size, 0);
  if (stated > MAX_DOCX_XML_BYTES) throw tooBig(`${largest()} 等共约 ${Math.ceil(stated / MB)} MB，${limit}`);
  let total = 0;
  for (const part of xml) {
    const data = storedData(bytes, part);
    let size: number;
    if (part.method === 0) size = data.length;
    else if (part.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: MAX_DOCX_XML_BYTES - total + 1 }).length;
      } catch (error) {
        if (error instanceof RangeError) throw tooBig(`${part.name} 等超过${limit}`);
        throw bad(`部件 ${part.name} 无法解压`);
      }
    } else throw bad(`部件 ${part.name} 的压缩方式不受支持`);
    total += size;
    if (total > MAX_DOCX_XML_BYTES) throw tooBig(`${part.name} 等共约 ${Math.ceil(total / MB)} MB，${limit}`);
  }
}
