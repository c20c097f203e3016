/**
 * npm run bench:import — imports generated notices of 1, 2 and 5 MB through the same writer as the
 * CLI (parse, conservation check, source kept, atomic write into a temporary folder) and prints the
 * seconds per MB, wall clock and CPU (on a shared machine the CPU time is the fairer figure; the load
 * average is printed first). The importer is linear: seconds per MB stay flat as the text grows.
 * Larger notices exceed the size caps the build and the importer share (src/lib/build/sourceChecks.ts).
 * Usage: node scripts/bench/benchImport.ts [--sizes 1,2,5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { commitImport, planImport } from '../../src/lib/import/store.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,2,5' } } });
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const SENTENCE =
  '深入实施全民科学素质行动，推动科普工作与科技创新同等重要的制度安排落地见效，到2025年公民具备科学素质的比例超过15%。';

/** Wrap at 30 characters like a PDF extraction. */
function wrap(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 30) out.push(text.slice(i, i + 30));
  return out;
}

/** A notice of about `mb` MB: header, notice part, then numbered sections, clauses and task tables. */
function generate(mb: number): string {
  const lines = [
    '示例市科学技术协会文件',
    '示科协发〔2024〕1号',
    '示例市科学技术协会关于印发《示例市科普工作实施方案》的通知',
    '各县市区科协：',
    '现将《示例市科普工作实施方案》印发给你们，请认真贯彻落实。',
    '示例市科学技术协会',
    '2024年3月1日',
    '示例市科普工作实施方案',
  ];
  let size = Buffer.byteLength(lines.join('\n'));
  for (let s = 0; size < mb * 1024 * 1024; s++) {
    const section = [`${CN[s % 10]}、重点任务第${s + 1}部分`];
    for (let k = 1; k <= 6; k++) {
      section.push(...wrap(`（${CN[k - 1]}）推进第${k}项工作。${SENTENCE.repeat(3)}`));
      section.push(...wrap(`${k}.加强协同。${SENTENCE.repeat(2)}`));
    }
    if (s % 5 === 0) {
      section.push('任务\t牵头单位\t完成时限');
      for (let r = 0; r < 8; r++) section.push(`开展科普活动${r + 1}\t市科协 市教育局\t2025年底`);
    }
    lines.push(...section);
    size += Buffer.byteLength(section.join('\n')) + 1;
  }
  lines.push('抄送：市委办公室，市人大常委会办公室。', '示例市科学技术协会办公室 2024年3月1日印发');
  return `${lines.join('\n')}\n`;
}

console.log(
  `bench:import — ${cpus().length} CPU, load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log('| 大小 | 行数 | 秒（墙钟） | 秒/MB | CPU 秒 | CPU 秒/MB | 内存峰值 |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const mb of sizes) {
  const text = generate(mb);
  const bytes = new TextEncoder().encode(text);
  const dir = mkdtempSync(join(tmpdir(), 'kepu-bench-import-'));
  const dirs = { outDir: join(dir, 'policies'), sourceDir: join(dir, 'seeds') };
  const input = { bytes, fileName: `bench-${mb}mb.txt`, slug: `bench-${mb}mb` };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const plan = await planImport(input, dirs, []);
  commitImport(plan, input, dirs);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  rmSync(dir, { recursive: true, force: true });
  const realMb = bytes.length / 1024 / 1024;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `| ${realMb.toFixed(1)} MB | ${text.split('\n').length} | ${seconds.toFixed(2)} | ${(seconds / realMb).toFixed(2)} | ${cpuSeconds.toFixed(2)} | ${(cpuSeconds / realMb).toFixed(2)} | ${rss.toFixed(0)} MB |`,
  );
}
