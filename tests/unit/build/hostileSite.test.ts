// Builds small hostile fixture sites (tests/fixtures/hostile-site/) with the site's own
// configuration and checks that the build stops, naming each file and field or line. The unit
// tests next to this one prove the outputs (sanitizer, iCal, CSV, servers); this proves the checks
// are wired into the build. Output and cache go to a temporary folder, never dist/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/hostile-site';

function build(content: string): { status: number | null; output: string } {
  const out = join(mkdtempSync(join(tmpdir(), 'kepu-hostile-')), 'dist');
  try {
    const run = spawnSync(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--config', `${FIXTURE}/astro.config.mjs`],
      {
        env: {
          ...process.env,
          KEPU_CONTENT_DIR: `${FIXTURE}/${content}`,
          KEPU_FIXTURE_OUT: out,
          ASTRO_TELEMETRY_DISABLED: '1',
          FORCE_COLOR: '0',
        },
        encoding: 'utf8',
        timeout: 280_000,
      },
    );
    // Astro colours its messages whatever FORCE_COLOR says.
    return { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/gu, '') };
  } finally {
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
}

describe('a hostile fixture site does not build', () => {
  it('stops on impossible dates, duplicate slugs, .md/.mdx twins and images without alt, naming each file', {
    timeout: 300_000,
  }, () => {
    const { status, output } = build('stops');
    expect(status).not.toBe(0);
    const dir = `${FIXTURE}/stops/articles`;
    expect(output).toContain(`${dir}/date-unquoted.md：字段 publishedAt：日期“2023-02-30”不存在`);
    expect(output).toContain(`${dir}/date-quoted.md：字段 publishedAt：日期“2023-13-45”不存在`);
    expect(output).toContain(`${dir}/dup-one.md 与 ${dir}/dup-two.md 的网址名（slug）都是“same-slug”`);
    expect(output).toContain(`${dir}/twin.md 与 ${dir}/twin.mdx 同名`);
    expect(output).toContain(`${dir}/no-alt.md 第 6 行：正文图片缺少替代文字`);
  });

  it('stops on a line break in an event title (calendar injection), naming the file and the field', {
    timeout: 300_000,
  }, () => {
    const { status, output } = build('hidden');
    expect(status).not.toBe(0);
    expect(output).toMatch(/events → ical-injection data does not match collection schema/);
    expect(output).toMatch(/title: 含有不可见的控制字符 U\+000D/);
    expect(output).toContain(`${FIXTURE}/hidden/events/ical-injection.md`);
  });

  it('stops on an event citing a policy clause the library does not hold, naming the file and the field', {
    timeout: 300_000,
  }, () => {
    const { status, output } = build('clauses');
    expect(status).not.toBe(0);
    const dir = `${FIXTURE}/clauses/events`;
    expect(output).toContain(
      `${dir}/wrong-clause.md：字段 relatedClause.clause：「益阳市科学技术协会关于印发《益阳市科协2023年科普工作要点》的通知」中没有条款 s9-9`,
    );
    expect(output).toContain(`${dir}/no-document.md：字段 relatedClause.document：政策文件「no-such-policy」不存在`);
  });
});
