// The CI workflows for the three git hosts: they parse, call npm scripts that exist, test before
// building, build without the 示例 content, and deploy only from the site's branch.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

interface Step {
  name?: string;
  run?: string;
  if?: string;
  uses?: string;
  env?: Record<string, string>;
}

/** `npm test` / `npm run x` commands in a shell text, as script names. */
function npmScripts(text: string): string[] {
  return [...text.matchAll(/\bnpm (?:run (\S+)|(test|start))\b/g)].map((m) => (m[1] ?? m[2])!);
}

function checkOrder(commands: string[]): void {
  const at = (pattern: RegExp) => commands.findIndex((c) => pattern.test(c));
  expect(at(/npm install/)).toBeGreaterThanOrEqual(0);
  expect(at(/npm test/)).toBeGreaterThan(at(/npm install/));
  expect(at(/npm run build/)).toBeGreaterThan(at(/npm test/));
  expect(at(/npm run deploy -- "\$DEPLOY_TARGET"/)).toBeGreaterThan(at(/npm run build/));
  // 网站自查 runs on the built site, before anything is deployed.
  expect(at(/npm run inspect/)).toBeGreaterThan(at(/npm run build/));
  expect(at(/npm run inspect/)).toBeLessThan(at(/npm run deploy -- "\$DEPLOY_TARGET"/));
}

describe.each(['.github/workflows/site.yml', '.gitea/workflows/site.yml'])('%s', (file) => {
  const wf = parse(readFileSync(file, 'utf8')) as {
    on: Record<string, { branches?: string[] } | null>;
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
  const runs = steps.filter((s) => s.run).map((s) => s.run!);

  it('runs on pushes to main and cms/ branches and on pull requests', () => {
    expect(wf.on.push!.branches).toEqual(expect.arrayContaining(['main', 'cms/**']));
    expect(wf.on).toHaveProperty('pull_request');
  });

  it('calls only npm scripts that exist, in the order install → test → build → deploy', () => {
    for (const name of runs.flatMap(npmScripts)) expect(Object.keys(scripts).concat('test'), name).toContain(name);
    checkOrder(runs);
  });

  it('builds with SITE_EXAMPLES=hide and deploys only on a push to main', () => {
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({ SITE_EXAMPLES: 'hide' });
    const deploys = steps.filter((s) => s.run?.includes('npm run deploy'));
    expect(deploys).toHaveLength(1);
    expect(deploys[0]!.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    // Keeping the 网站自查 report is the one other step that runs whatever happened before it.
    const keep = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(keep.map((s) => s.if)).toEqual(['always()']);
    for (const s of steps.filter((x) => x !== deploys[0] && !keep.includes(x))) expect(s.if, s.name).toBeUndefined();
  });

  it('inspects the site built without examples and keeps the report', () => {
    const inspect = steps.find((s) => s.run?.includes('npm run inspect'))!;
    expect(inspect.env?.SITE_EXAMPLES).toBe('hide');
    const keep = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@')) as Step & { with: { path: string } };
    expect(keep.with.path).toBe('dist/admin/inspection.json');
  });
});

describe('.gitlab-ci.yml', () => {
  const ci = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as Record<
    string,
    { script?: string[]; rules?: { if: string }[]; needs?: string[] }
  > & {
    variables: Record<string, string>;
    workflow: { rules: { if: string; when?: string }[] };
  };

  it('runs for merge requests, the site branch and cms/ branches', () => {
    const ifs = ci.workflow.rules.filter((r) => r.when !== 'never').map((r) => r.if);
    expect(ifs).toEqual(
      expect.arrayContaining([
        '$CI_PIPELINE_SOURCE == "merge_request_event"',
        '$CI_COMMIT_BRANCH == $SITE_BRANCH',
        '$CI_COMMIT_BRANCH =~ /^cms\\//',
      ]),
    );
    expect(ci.variables.SITE_BRANCH).toBe('main');
  });

  it('tests and builds without examples, then deploys only from the site branch', () => {
    const site = ci.site!.script!;
    const deploy = ci.deploy!.script!;
    for (const name of [...site, ...deploy].flatMap(npmScripts))
      expect(Object.keys(scripts).concat('test'), name).toContain(name);
    expect(site).toContain('SITE_EXAMPLES=hide npm run build');
    expect(site.some((line) => line.startsWith('SITE_EXAMPLES=hide npm run inspect'))).toBe(true);
    checkOrder([...site, ...deploy]);
    expect(ci.deploy!.needs).toEqual(['site']);
    expect(ci.deploy!.rules!.map((r) => r.if)).toEqual([
      '$CI_COMMIT_BRANCH == $SITE_BRANCH && $CI_PIPELINE_SOURCE != "merge_request_event"',
    ]);
  });
});
