// What /admin/'s 发布到正式网站 dialog tells the editor for each state of a publish.
import { describe, expect, it } from 'vitest';
import { type PublishJob, publishResultText } from '../../../cms/publishPanel';

const job = (over: Partial<PublishJob>): PublishJob => ({
  state: 'idle',
  action: null,
  target: 'deploy@web.example.gov.cn:/srv/kepu-portal',
  log: [],
  release: null,
  error: null,
  configuredTarget: 'deploy@web.example.gov.cn:/srv/kepu-portal',
  targetProblem: null,
  ...over,
});

describe('publishResultText', () => {
  it('nothing before the first publish', () => {
    expect(publishResultText(job({}))).toBeNull();
  });

  it('while running: names the action and the target', () => {
    expect(publishResultText(job({ state: 'running', action: 'publish' }))).toMatchObject({ tone: 'busy' });
    expect(publishResultText(job({ state: 'running', action: 'rollback' }))!.text).toMatch(
      /^正在退回上一版到 deploy@web\.example\.gov\.cn:\/srv\/kepu-portal/,
    );
  });

  it('done: names the release now served', () => {
    const r = publishResultText(job({ state: 'done', action: 'publish', release: '20261208T010000000Z' }))!;
    expect(r.tone).toBe('ok');
    expect(r.text).toContain('20261208T010000000Z');
  });

  it('failed: the reason, and that the public site did not change', () => {
    const r = publishResultText(job({ state: 'failed', action: 'publish', error: '无法连接部署目标 x' }))!;
    expect(r.tone).toBe('error');
    expect(r.text).toMatch(/^发布失败：无法连接部署目标 x。正式网站仍是原来的版本/);
  });
});
