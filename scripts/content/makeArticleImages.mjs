// Draws the sample cover illustrations for 专题 and 科普 articles as SVG and rasterises them
// with sharp into src/assets/{topics,articles}/<slug>.png (1200×675). No stock photos: every
// picture is a simple flat illustration of its subject. Run: node scripts/content/makeArticleImages.mjs
import sharp from 'sharp';
import { mkdir } from 'node:fs/promises';

const W = 1200;
const H = 675;

/** Background palettes per 专题 (dark-to-light gradient + accent). */
const palettes = {
  ershida: ['#8f1d1d', '#c8372d', '#f6c64a'],
  shuangtan: ['#1d5e3a', '#3c9a5f', '#d8f0c8'],
  shipin: ['#8a4b12', '#d9822b', '#fff1d6'],
  yingji: ['#7a1f1f', '#d0452f', '#ffe3d6'],
  jiankang: ['#0d5c63', '#2a9d8f', '#dff5f2'],
  xiangcun: ['#5a6b12', '#9bb23a', '#f3f7d3'],
  fanzha: ['#1f3a7a', '#3d6cc4', '#e3ecff'],
  qingshaonian: ['#3b2a7a', '#6a54c4', '#ece6ff'],
};

/** Simple motifs drawn in a 500×500 box. */
const motifs = {
  star: `<polygon points="250,40 305,190 465,190 335,285 385,440 250,345 115,440 165,285 35,190 195,190" fill="#f6c64a"/>
    <circle cx="250" cy="250" r="230" fill="none" stroke="#f6c64a" stroke-width="10" opacity=".6"/>`,
  book: `<path d="M60 120 L240 150 L240 430 L60 400 Z" fill="#fff"/><path d="M440 120 L260 150 L260 430 L440 400 Z" fill="#fff5d6"/>
    <path d="M100 190 L210 208 M100 240 L210 258 M100 290 L210 308 M300 208 L400 190 M300 258 L400 240 M300 308 L400 290" stroke="#c8372d" stroke-width="12" stroke-linecap="round"/>
    <polygon points="250,20 268,70 320,70 278,100 294,150 250,120 206,150 222,100 180,70 232,70" fill="#f6c64a"/>`,
  atom: `<circle cx="250" cy="250" r="40" fill="#f6c64a"/>
    <g fill="none" stroke="#fff" stroke-width="14"><ellipse cx="250" cy="250" rx="210" ry="80"/><ellipse cx="250" cy="250" rx="210" ry="80" transform="rotate(60 250 250)"/><ellipse cx="250" cy="250" rx="210" ry="80" transform="rotate(-60 250 250)"/></g>`,
  leafEarth: `<circle cx="250" cy="260" r="190" fill="#3b8fd1"/><path d="M140 170 q60 -40 110 10 q30 60 -40 80 q-60 20 -70 -90 Z M300 300 q60 -20 90 30 q-10 70 -80 60 q-40 -40 -10 -90 Z" fill="#5cb85c"/>
    <path d="M330 40 q150 20 140 180 q-150 10 -140 -180 Z" fill="#9be37a"/><path d="M340 60 L450 200" stroke="#1d5e3a" stroke-width="8"/>`,
  solar: `<circle cx="390" cy="110" r="70" fill="#f6c64a"/><g stroke="#f6c64a" stroke-width="10" stroke-linecap="round"><path d="M390 10 v-0 M390 15 v-10 M470 110 h20 M290 110 h-10 M445 55 l14 -14 M335 55 l-14 -14"/></g>
    <polygon points="60,300 340,260 420,420 120,470" fill="#1f3a7a"/><g stroke="#9cc3ff" stroke-width="6"><path d="M130 292 L190 460 M200 283 L265 450 M270 273 L342 440 M88 355 L370 318 M102 410 L395 370"/></g>
    <rect x="230" y="455" width="20" height="40" fill="#555"/>`,
  tree: `<rect x="225" y="300" width="50" height="170" fill="#7a4a21"/><circle cx="250" cy="210" r="150" fill="#3c9a5f"/><circle cx="170" cy="260" r="90" fill="#2f7d4c"/><circle cx="330" cy="260" r="90" fill="#2f7d4c"/>
    <g fill="#fff" opacity=".85"><text x="40" y="90" font-size="56" font-family="sans-serif" font-weight="700">CO</text><text x="118" y="104" font-size="32" font-family="sans-serif">2</text></g>
    <path d="M120 110 q40 40 70 60" stroke="#fff" stroke-width="8" fill="none" marker-end="url(#arrow)"/>`,
  houseBulb: `<polygon points="250,40 460,220 40,220" fill="#fff"/><rect x="80" y="220" width="340" height="240" fill="#fff"/>
    <circle cx="250" cy="310" r="70" fill="#f6c64a"/><rect x="222" y="375" width="56" height="40" rx="8" fill="#777"/><path d="M225 310 q25 -40 50 0" stroke="#a36b00" stroke-width="8" fill="none"/>`,
  boards: `<rect x="40" y="120" width="200" height="300" rx="30" fill="#e9c28a"/><circle cx="140" cy="160" r="18" fill="#8a4b12"/><rect x="260" y="120" width="200" height="300" rx="30" fill="#b8e0a0"/><circle cx="360" cy="160" r="18" fill="#2f7d4c"/>
    <path d="M100 260 q40 -50 80 0 q-40 50 -80 0 Z" fill="#c0392b"/><ellipse cx="360" cy="290" rx="60" ry="40" fill="#3c9a5f"/><path d="M360 250 v-30" stroke="#2f7d4c" stroke-width="10"/>`,
  mushroom: `<path d="M90 260 q160 -260 320 0 Z" fill="#c0392b"/><circle cx="180" cy="200" r="22" fill="#fff"/><circle cx="290" cy="170" r="18" fill="#fff"/><circle cx="340" cy="230" r="16" fill="#fff"/>
    <rect x="210" y="260" width="80" height="180" rx="30" fill="#fff1d6"/><g stroke="#fff" stroke-width="30" stroke-linecap="round" opacity=".95"><path d="M70 70 L430 430 M430 70 L70 430"/></g>`,
  label: `<rect x="80" y="60" width="300" height="400" rx="20" fill="#fff"/><g fill="#d9822b"><rect x="110" y="100" width="200" height="22"/><rect x="110" y="150" width="240" height="14"/><rect x="110" y="180" width="220" height="14"/><rect x="110" y="210" width="240" height="14"/></g>
    <g stroke="#8a4b12" stroke-width="4"><path d="M110 260 h240 M110 300 h240 M110 340 h240 M110 380 h240 M230 260 v150"/></g>
    <circle cx="350" cy="330" r="90" fill="none" stroke="#1a1a1a" stroke-width="22"/><path d="M415 395 L480 460" stroke="#1a1a1a" stroke-width="30" stroke-linecap="round"/>`,
  fridge: `<rect x="120" y="30" width="260" height="440" rx="24" fill="#fff"/><path d="M120 190 h260" stroke="#8a4b12" stroke-width="8"/><rect x="150" y="90" width="14" height="70" rx="7" fill="#8a4b12"/><rect x="150" y="220" width="14" height="90" rx="7" fill="#8a4b12"/>
    <rect x="400" y="120" width="40" height="260" rx="20" fill="#fff"/><circle cx="420" cy="380" r="40" fill="#3d6cc4"/><rect x="410" y="250" width="20" height="130" fill="#3d6cc4"/>`,
  heartEcg: `<path d="M250 450 L70 270 a100 100 0 0 1 180 -140 a100 100 0 0 1 180 140 Z" fill="#fff"/><path d="M60 270 h110 l30 -70 l40 150 l30 -110 l20 30 h150" stroke="#d0452f" stroke-width="16" fill="none" stroke-linejoin="round"/>`,
  flood: `<polygon points="250,60 400,190 100,190" fill="#fff"/><rect x="130" y="190" width="240" height="170" fill="#fff"/><rect x="220" y="260" width="60" height="100" fill="#d0452f"/>
    <g fill="none" stroke="#3d6cc4" stroke-width="22" stroke-linecap="round"><path d="M20 330 q50 -40 100 0 t100 0 t100 0 t100 0 t100 0"/><path d="M20 400 q50 -40 100 0 t100 0 t100 0 t100 0 t100 0"/><path d="M20 470 q50 -40 100 0 t100 0 t100 0 t100 0 t100 0"/></g>`,
  fireExit: `<path d="M170 460 q-120 -120 0 -300 q0 90 60 110 q-20 -120 80 -210 q20 120 90 180 q70 110 -30 220 Z" fill="#f6a03c"/><path d="M220 460 q-50 -70 20 -150 q10 60 50 70 q40 60 -10 80 Z" fill="#fff1d6"/>
    <rect x="330" y="330" width="150" height="110" rx="12" fill="#1e8e3e"/><path d="M360 385 h70 m-25 -25 l25 25 l-25 25" stroke="#fff" stroke-width="12" fill="none" stroke-linecap="round"/>`,
  sunThermo: `<circle cx="170" cy="170" r="110" fill="#f6c64a"/><g stroke="#f6c64a" stroke-width="14" stroke-linecap="round"><path d="M170 20 v20 M170 300 v20 M20 170 h20 M300 170 h20 M65 65 l14 14 M261 261 l14 14 M65 275 l14 -14 M261 79 l14 -14"/></g>
    <rect x="350" y="90" width="60" height="300" rx="30" fill="#fff"/><circle cx="380" cy="410" r="55" fill="#d0452f"/><rect x="368" y="180" width="24" height="230" fill="#d0452f"/>`,
  gauge: `<circle cx="250" cy="260" r="200" fill="#fff"/><path d="M90 300 a160 160 0 0 1 320 0" fill="none" stroke="#2a9d8f" stroke-width="30"/><path d="M330 160 a160 160 0 0 1 80 140" fill="none" stroke="#d0452f" stroke-width="30"/>
    <path d="M250 300 L360 180" stroke="#1a1a1a" stroke-width="14" stroke-linecap="round"/><circle cx="250" cy="300" r="24" fill="#1a1a1a"/>`,
  hands: `<g fill="#ffd9b8"><rect x="110" y="200" width="120" height="220" rx="50"/><rect x="270" y="200" width="120" height="220" rx="50"/></g>
    <g fill="#9cd8ff"><path d="M150 60 q25 40 0 70 q-25 -30 0 -70 Z"/><path d="M250 30 q30 50 0 85 q-30 -35 0 -85 Z"/><path d="M350 60 q25 40 0 70 q-25 -30 0 -70 Z"/></g>
    <g fill="#fff" opacity=".9"><circle cx="170" cy="230" r="22"/><circle cx="320" cy="260" r="28"/><circle cx="250" cy="190" r="18"/><circle cx="360" cy="210" r="16"/></g>`,
  pill: `<g transform="rotate(-35 250 250)"><rect x="90" y="180" width="320" height="140" rx="70" fill="#fff"/><path d="M250 180 h90 a70 70 0 0 1 0 140 h-90 Z" fill="#2a9d8f"/></g>
    <circle cx="380" cy="390" r="70" fill="#fff"/><path d="M330 390 h100" stroke="#0d5c63" stroke-width="12"/>`,
  saltOil: `<rect x="70" y="180" width="150" height="260" rx="30" fill="#fff"/><rect x="90" y="120" width="110" height="70" rx="20" fill="#ccc"/><g fill="#555"><circle cx="125" cy="145" r="8"/><circle cx="165" cy="145" r="8"/></g>
    <path d="M300 440 v-220 q0 -50 50 -70 v-60 h50 v60 q50 20 50 70 v220 Z" fill="#f6c64a"/><rect x="300" y="290" width="150" height="70" fill="#fff" opacity=".6"/>`,
  cane: `<circle cx="230" cy="90" r="50" fill="#fff"/><path d="M230 150 v170 M230 320 l-60 140 M230 320 l50 140 M230 190 l90 70" stroke="#fff" stroke-width="36" stroke-linecap="round" fill="none"/>
    <path d="M330 260 v210 M330 260 q0 -40 40 -40 q30 0 30 30" stroke="#f6c64a" stroke-width="18" fill="none" stroke-linecap="round"/><path d="M40 470 h420" stroke="#fff" stroke-width="10"/>`,
  rice: `<path d="M40 470 h420" stroke="#7a4a21" stroke-width="16"/><g stroke="#5a6b12" stroke-width="10" fill="none"><path d="M150 470 q0 -200 80 -330"/><path d="M250 470 q0 -220 40 -380"/><path d="M350 470 q0 -200 -40 -330"/></g>
    <g fill="#f0c24a"><ellipse cx="215" cy="180" rx="14" ry="28"/><ellipse cx="240" cy="140" rx="14" ry="28"/><ellipse cx="280" cy="110" rx="14" ry="28"/><ellipse cx="300" cy="70" rx="14" ry="28"/><ellipse cx="320" cy="160" rx="14" ry="28"/><ellipse cx="300" cy="200" rx="14" ry="28"/></g>`,
  soil: `<rect x="40" y="260" width="420" height="60" fill="#8a5a2b"/><rect x="40" y="320" width="420" height="70" fill="#6b4420"/><rect x="40" y="390" width="420" height="80" fill="#4d3018"/>
    <path d="M120 260 q0 -90 40 -150 M120 200 q-40 -20 -50 -60 M120 190 q40 -30 70 -20" stroke="#3c9a5f" stroke-width="12" fill="none"/>
    <rect x="320" y="60" width="60" height="230" rx="20" fill="#fff"/><rect x="320" y="190" width="60" height="100" rx="20" fill="#9bb23a"/>`,
  phoneShield: `<rect x="120" y="40" width="220" height="420" rx="30" fill="#1a1a1a"/><rect x="138" y="80" width="184" height="330" fill="#e3ecff"/>
    <path d="M350 190 l110 40 v80 q0 90 -110 140 q-110 -50 -110 -140 v-80 Z" fill="#f6c64a"/><path d="M305 310 l35 35 l65 -75" stroke="#1a1a1a" stroke-width="18" fill="none" stroke-linecap="round"/>`,
  phoneHook: `<rect x="140" y="60" width="220" height="400" rx="30" fill="#1a1a1a"/><rect x="158" y="100" width="184" height="310" fill="#fff"/>
    <rect x="180" y="130" width="140" height="40" rx="10" fill="#d0452f"/><rect x="180" y="190" width="120" height="14" fill="#999"/><rect x="180" y="215" width="140" height="14" fill="#999"/>
    <path d="M390 40 v180 a60 60 0 0 1 -120 0" stroke="#aaa" stroke-width="18" fill="none"/><path d="M270 220 l-20 -30" stroke="#aaa" stroke-width="18"/>`,
  giftWarn: `<rect x="60" y="200" width="260" height="230" fill="#fff"/><rect x="60" y="160" width="260" height="60" fill="#f0f0f0"/><rect x="170" y="160" width="40" height="270" fill="#d0452f"/>
    <path d="M190 160 q-70 -90 -90 -20 q10 30 90 20 q80 10 90 -20 q-20 -70 -90 20" fill="none" stroke="#d0452f" stroke-width="14"/>
    <polygon points="380,200 470,380 290,380" fill="#f6c64a"/><rect x="372" y="250" width="16" height="80" fill="#1a1a1a"/><circle cx="380" cy="355" r="10" fill="#1a1a1a"/>`,
  notebook: `<rect x="80" y="80" width="260" height="360" rx="16" fill="#fff"/><g stroke="#6a54c4" stroke-width="8"><path d="M120 150 h180 M120 200 h180 M120 250 h180 M120 300 h120"/></g>
    <path d="M120 370 l40 -50 l40 30 l50 -70 l40 30" stroke="#d0452f" stroke-width="10" fill="none"/>
    <circle cx="370" cy="200" r="80" fill="none" stroke="#f6c64a" stroke-width="20"/><path d="M425 255 L480 320" stroke="#f6c64a" stroke-width="26" stroke-linecap="round"/>`,
  network: `<g stroke="#fff" stroke-width="6" opacity=".8"><path d="M80 120 L250 90 L420 150 M80 120 L250 250 L420 150 M80 250 L250 250 L420 350 M80 380 L250 410 L420 350 M80 250 L250 90 M80 380 L250 250 M80 120 L250 410 M420 150 L250 410"/></g>
    <g fill="#f6c64a"><circle cx="80" cy="120" r="30"/><circle cx="80" cy="250" r="30"/><circle cx="80" cy="380" r="30"/></g><g fill="#fff"><circle cx="250" cy="90" r="30"/><circle cx="250" cy="250" r="30"/><circle cx="250" cy="410" r="30"/></g><g fill="#9cf0c8"><circle cx="420" cy="150" r="30"/><circle cx="420" cy="350" r="30"/></g>`,
  healthCross: `<circle cx="250" cy="250" r="210" fill="#fff"/><path d="M200 90 h100 v110 h110 v100 h-110 v110 h-100 v-110 h-110 v-100 h110 Z" fill="#2a9d8f"/>`,
  firstAid: `<rect x="60" y="150" width="380" height="280" rx="30" fill="#fff"/><path d="M180 150 v-50 h140 v50" stroke="#fff" stroke-width="24" fill="none"/><path d="M220 210 h60 v60 h60 v60 h-60 v60 h-60 v-60 h-60 v-60 h60 Z" fill="#d0452f"/>`,
};

const covers = [
  // 专题
  ['topics/ershida', 'ershida', 'star'],
  ['topics/shuangtan', 'shuangtan', 'leafEarth'],
  ['topics/shipin-anquan', 'shipin', 'boards'],
  ['topics/yingji', 'yingji', 'firstAid'],
  ['topics/jiankang', 'jiankang', 'healthCross'],
  ['topics/xiangcun-zhenxing', 'xiangcun', 'rice'],
  ['topics/fanzha-zhulao', 'fanzha', 'phoneShield'],
  ['topics/qingshaonian-keji', 'qingshaonian', 'atom'],
  // 科普文章
  ['articles/ershida-kejiao-xingguo', 'ershida', 'book'],
  ['articles/ershida-lvse-fazhan', 'ershida', 'leafEarth'],
  ['articles/ershida-xiangcun-zhenxing', 'ershida', 'rice'],
  ['articles/ershida-jiankang-zhongguo', 'ershida', 'healthCross'],
  ['articles/tan-dafeng-tan-zhonghe', 'shuangtan', 'solar'],
  ['articles/jiating-jieneng-jiantan', 'shuangtan', 'houseBulb'],
  ['articles/senlin-tanhui', 'shuangtan', 'tree'],
  ['articles/shipin-anquan-wu-yaodian', 'shipin', 'boards'],
  ['articles/yesheng-jun-buyao-chi', 'shipin', 'mushroom'],
  ['articles/du-dong-shipin-biaoqian', 'shipin', 'label'],
  ['articles/bingxiang-bushi-baoxianxiang', 'shipin', 'fridge'],
  ['articles/xinfei-fusu-aed', 'yingji', 'heartEcg'],
  ['articles/xunqi-fangxun-bixian', 'yingji', 'flood'],
  ['articles/jiating-huozai-taosheng', 'yingji', 'fireExit'],
  ['articles/gaowen-fang-zhongshu', 'yingji', 'sunThermo'],
  ['articles/gaoxueya-guanli', 'jiankang', 'gauge'],
  ['articles/kexue-xishou', 'jiankang', 'hands'],
  ['articles/kangshengsu-bushi-xiaoyanyao', 'jiankang', 'pill'],
  ['articles/kongyan-jianyou', 'jiankang', 'saltOil'],
  ['articles/laonianren-fang-diedao', 'jiankang', 'cane'],
  ['articles/cetu-peifang-shifei', 'xiangcun', 'soil'],
  ['articles/dianxin-zhapian-taolu', 'fanzha', 'phoneHook'],
  ['articles/baojianpin-pianju', 'fanzha', 'giftWarn'],
  ['articles/zhangbei-yong-shouji', 'fanzha', 'phoneShield'],
  ['articles/zuo-yici-kexue-diaocha', 'qingshaonian', 'notebook'],
  ['articles/rengong-zhineng-ruhe-xuexi', 'qingshaonian', 'network'],
];

function svg(palette, motif) {
  const [dark, mid, light] = palettes[palette];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/></linearGradient>
  <marker id="arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="4" markerHeight="4" orient="auto"><path d="M0 0 L10 5 L0 10 Z" fill="#fff"/></marker></defs>
  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  <circle cx="120" cy="580" r="220" fill="${light}" opacity=".12"/><circle cx="1080" cy="90" r="180" fill="${light}" opacity=".12"/>
  <circle cx="600" cy="338" r="300" fill="${light}" opacity=".16"/>
  <g transform="translate(350 88)">${motifs[motif]}</g>
</svg>`;
}

for (const [out, palette, motif] of covers) {
  if (!motifs[motif]) throw new Error(`unknown motif ${motif}`);
  const dir = `src/assets/${out.split('/')[0]}`;
  await mkdir(dir, { recursive: true });
  await sharp(Buffer.from(svg(palette, motif)))
    .png({ palette: true, quality: 90, compressionLevel: 9 })
    .toFile(`src/assets/${out}.png`);
}
console.log(`wrote ${covers.length} covers`);
