// Builds the site twice, under TZ=UTC and TZ=Asia/Shanghai, and checks that every calendar
// file (.ics) and every event page's JSON-LD come out byte-identical. Prints what differs.
// Usage: npm run check:ics-tz   (two full builds: run it when touching dates or feeds)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ZONES = ['UTC', 'Asia/Shanghai'];

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** The parts that must not depend on the build machine's zone. */
function calendarFacts(root) {
  const facts = new Map();
  for (const file of walk(root)) {
    const rel = relative(root, file);
    if (rel.endsWith('.ics')) facts.set(rel, readFileSync(file, 'utf8'));
    else if (rel.startsWith('events/') && rel.endsWith('index.html')) {
      const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(readFileSync(file, 'utf8'));
      if (ld) facts.set(`${rel} (JSON-LD)`, ld[1]);
    }
  }
  return facts;
}

const base = mkdtempSync(join(tmpdir(), 'ics-tz-'));
try {
  const results = ZONES.map((zone) => {
    const out = join(base, zone.replace('/', '_'));
    const started = performance.now();
    execFileSync('npx', ['astro', 'build', '--outDir', out], {
      env: { ...process.env, TZ: zone, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    console.log(`TZ=${zone}: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return calendarFacts(out);
  });
  const [a, b] = results;
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differing = names.filter((n) => a.get(n) !== b.get(n));
  console.log(`compared ${names.length} files (${names.filter((n) => n.endsWith('.ics')).length} .ics)`);
  if (differing.length) {
    console.error(`different under ${ZONES.join(' and ')}:\n${differing.map((n) => `  ${n}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`identical under TZ=${ZONES.join(' and TZ=')}`);
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
