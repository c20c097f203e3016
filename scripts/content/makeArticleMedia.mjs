// Makes the two small sample media files embedded in articles, with WebVTT captions whose cue
// times come from the measured length of each spoken line:
//   public/media/fanzha-tixing.mp3 (+ .zh.vtt)  anti-fraud reminder read aloud (音频)
//   public/media/xinfei-fusu.mp4   (+ .zh.vtt, poster)  CPR steps as captioned slides (微视频)
// Needs espeak-ng and ffmpeg (apt-get install -y espeak-ng ffmpeg). Run: node scripts/content/makeArticleMedia.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

const OUT = 'public/media';
mkdirSync(OUT, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'kepu-media-'));
const GAP = 0.5; // seconds of silence after each line

function speak(text, file) {
  execFileSync('espeak-ng', ['-v', 'cmn', '-s', '190', '-w', file, text]);
  const padded = file.replace('.wav', '.pad.wav');
  execFileSync('ffmpeg', [
    '-y',
    '-loglevel',
    'error',
    '-i',
    file,
    '-af',
    `apad=pad_dur=${GAP}`,
    '-ar',
    '22050',
    '-ac',
    '1',
    padded,
  ]);
  const seconds = Number(
    execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', padded]).toString(),
  );
  return { file: padded, seconds };
}

function vttTime(s) {
  const ms = Math.round(s * 1000);
  const hh = String(Math.floor(ms / 3600000)).padStart(2, '0');
  const mm = String(Math.floor((ms % 3600000) / 60000)).padStart(2, '0');
  const ss = String(Math.floor((ms % 60000) / 1000)).padStart(2, '0');
  return `${hh}:${mm}:${ss}.${String(ms % 1000).padStart(3, '0')}`;
}

/** Speaks each line, joins the audio and returns the cues. */
function narrate(name, lines) {
  let t = 0;
  const cues = [];
  const parts = lines.map((text, i) => {
    const seg = speak(text, join(tmp, `${name}-${i}.wav`));
    cues.push({ start: t, end: t + seg.seconds - 0.1, text, seconds: seg.seconds });
    t += seg.seconds;
    return seg.file;
  });
  const list = join(tmp, `${name}-list.txt`);
  writeFileSync(list, parts.map((p) => `file '${p}'`).join('\n'));
  const wav = join(tmp, `${name}.wav`);
  execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', wav]);
  const vtt = [
    'WEBVTT',
    '',
    ...cues.flatMap((c, i) => [`${i + 1}`, `${vttTime(c.start)} --> ${vttTime(c.end)}`, c.text, '']),
  ].join('\n');
  writeFileSync(join(OUT, `${name}.zh.vtt`), vtt);
  return { wav, cues };
}

// 音频: 反诈提醒
const fraud = narrate('fanzha-tixing', [
  '反诈提醒。',
  '凡是自称公检法，要求把钱转到“安全账户”的，都是诈骗。',
  '凡是索要短信验证码的，都是诈骗。',
  '凡是刷单返利、先交钱再办事的，都是诈骗。',
  '遇到可疑情况，请拨打九六一一零反诈预警专线，或者拨打一一零报警。',
]);
execFileSync('ffmpeg', [
  '-y',
  '-loglevel',
  'error',
  '-i',
  fraud.wav,
  '-c:a',
  'libmp3lame',
  '-b:a',
  '24k',
  '-ac',
  '1',
  join(OUT, 'fanzha-tixing.mp3'),
]);

// 微视频: 心肺复苏步骤 (one slide per spoken line)
const cprLines = [
  '第一步：确认现场环境安全。',
  '第二步：拍打双肩、大声呼叫，判断有没有反应和正常呼吸。',
  '第三步：拨打一二零，请旁人取来AED。',
  '第四步：在胸部正中用力快速按压，每分钟一百到一百二十次，深度五到六厘米。',
  '第五步：AED到达后，打开电源，按语音提示操作。',
];
const cpr = narrate('xinfei-fusu', cprLines);
const W = 640;
const H = 360;
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function wrap(text, n) {
  const out = [];
  for (let i = 0; i < text.length; i += n) out.push(text.slice(i, i + n));
  return out;
}
const slideList = [];
for (const [i, cue] of cpr.cues.entries()) {
  const [step, rest] = cue.text.split('：');
  const lines = wrap(rest, 14);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#7a1f1f"/>
    <path d="M560 300 L500 240 a34 34 0 0 1 60 -46 a34 34 0 0 1 60 46 Z" fill="#fff" opacity=".25"/>
    <text x="40" y="80" font-family="Noto Sans CJK SC, sans-serif" font-size="40" font-weight="700" fill="#f6c64a">${escapeXml(step)}</text>
    ${lines.map((l, j) => `<text x="40" y="${150 + j * 48}" font-family="Noto Sans CJK SC, sans-serif" font-size="34" fill="#fff">${escapeXml(l)}</text>`).join('')}
  </svg>`;
  const png = join(tmp, `slide-${i}.png`);
  await sharp(Buffer.from(svg)).png().toFile(png);
  if (i === 0) await sharp(Buffer.from(svg)).png({ palette: true }).toFile(join(OUT, 'xinfei-fusu-poster.png'));
  slideList.push(`file '${png}'`, `duration ${cue.seconds.toFixed(3)}`);
}
slideList.push(slideList.at(-2)); // the concat demuxer needs the last file repeated
const slides = join(tmp, 'slides.txt');
writeFileSync(slides, slideList.join('\n'));
execFileSync('ffmpeg', [
  '-y',
  '-loglevel',
  'error',
  '-f',
  'concat',
  '-safe',
  '0',
  '-i',
  slides,
  '-i',
  cpr.wav,
  '-c:v',
  'libx264',
  '-preset',
  'veryslow',
  '-tune',
  'stillimage',
  '-crf',
  '32',
  '-r',
  '5',
  '-pix_fmt',
  'yuv420p',
  '-c:a',
  'aac',
  '-b:a',
  '24k',
  '-ac',
  '1',
  '-t',
  cpr.cues.reduce((t, c) => t + c.seconds, 0).toFixed(3),
  '-movflags',
  '+faststart',
  join(OUT, 'xinfei-fusu.mp4'),
]);
console.log('media written to', OUT);
