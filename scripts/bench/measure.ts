/**
 * Measuring one build: wall time, peak memory of the whole process tree (Astro's Node process
 * plus the Pagefind binary it spawns, sampled from /proc), the largest single process as the
 * kernel reports it (/usr/bin/time -v), and what the build wrote.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface BuildRun {
  ok: boolean;
  wallMs: number;
  /** Peak of the summed RSS of the build's process tree, sampled every 100 ms (MB). */
  peakTreeRssMb: number | null;
  /** Largest single process's peak RSS from /usr/bin/time -v (MB), when that tool exists. */
  maxProcessRssMb: number | null;
  /**
   * CPU time (user + system) of the whole process tree from /usr/bin/time -v, when that tool exists:
   * unlike wall time it hardly depends on what else the machine is running.
   */
  cpuSeconds: number | null;
  /** The whole output (the build's log), for callers that read it. */
  output: string;
  /** Last lines of the build output, for the report when a build fails. */
  tail: string;
}

const PAGE_KB = 4;

/** Children of every process, from /proc/<pid>/stat (Linux only; empty elsewhere). */
function childrenMap(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return map;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Field 4 (ppid) comes after the parenthesised command name, which may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(pid));
      map.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function rssKb(pid: number): number {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE_KB;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat (0 when gone). */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Summed RSS (KB) of `root` and all its descendants right now; `cpu` gets each one's CPU seconds so far. */
export function treeRssKb(root: number, cpu?: Map<number, number>): number {
  const children = childrenMap();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssKb(pid);
    if (cpu) cpu.set(pid, Math.max(cpu.get(pid) ?? 0, cpuSecondsOf(pid)));
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Run `npm run <script>` (the build by default) in `cwd` and measure it. */
export function measureBuild(
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  script: string[] = ['build'],
): Promise<BuildRun> {
  const haveTime = existsSync('/usr/bin/time');
  const npm = ['npm', 'run', ...script];
  const [cmd, args] = haveTime ? ['/usr/bin/time', ['-v', ...npm]] : [npm[0]!, npm.slice(1)];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args as string[], {
      cwd,
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const keep = (chunk: Buffer) => {
      out += chunk.toString();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    // Sampled per process as well: /usr/bin/time only counts descendants that were waited for, and the
    // Pagefind service is killed, not waited for, so its CPU time would be missing there.
    const sampledCpu = new Map<number, number>();
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid, sampledCpu));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(out);
      const user = /User time \(seconds\): ([\d.]+)/.exec(out);
      const system = /System time \(seconds\): ([\d.]+)/.exec(out);
      const tail = out
        .replace(/\n\tCommand being timed:[\s\S]*$/u, '')
        .split('\n')
        .slice(-25)
        .join('\n');
      resolve({
        ok: code === 0,
        wallMs,
        peakTreeRssMb: peak ? peak / 1024 : null,
        maxProcessRssMb: maxRss ? Number(maxRss[1]) / 1024 : null,
        cpuSeconds:
          Math.max(
            user && system ? Number(user[1]) + Number(system[1]) : 0,
            [...sampledCpu.values()].reduce((a, b) => a + b, 0),
          ) || null,
        output: out,
        tail,
      });
    });
  });
}

/** Total bytes of the regular files under `dir` (0 when it does not exist). */
export async function dirBytes(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) total += (await lstat(join(e.parentPath, e.name))).size;
  }
  return total;
}

/** Number of HTML pages under `dir`. */
export async function countPages(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/** The largest pages and feeds (HTML, XML, JSON, iCal; `pattern` narrows that) under `dir`: where per-entry weight piles up. */
export async function largestPages(
  dir: string,
  count = 8,
  pattern = /\.(html|xml|json|ics)$/,
): Promise<{ path: string; kb: number }[]> {
  if (!existsSync(dir)) return [];
  const out: { path: string; kb: number }[] = [];
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !pattern.test(e.name)) continue;
    const full = join(e.parentPath, e.name);
    if (full.includes(`${join(dir, 'pagefind')}`)) continue;
    out.push({ path: full.slice(dir.length), kb: (await lstat(full)).size / 1024 });
  }
  return out.sort((a, b) => b.kb - a.kb).slice(0, count);
}

/** The machine a benchmark ran on, for its JSON report; `load` is the load average at its start and end. */
export function benchMachine(load: string) {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    totalMemMb: Math.round(totalmem() / 1024 / 1024),
    node: process.version,
    load,
  };
}
