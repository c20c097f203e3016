// --external: a link that answers with an error is 扣分; when nothing can be reached (a closed
// network) one 提示 says so and nothing fails. Served by a local server on an ephemeral port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkExternalLinks } from '../../../scripts/inspect/externalLinks';
import type { InspectionReport } from '../../../src/lib/inspect/report';

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    // HEAD refused (as some sites do): the check asks again with GET.
    if (req.method === 'HEAD' && req.url === '/head-refused') return void res.writeHead(405).end();
    res.writeHead(req.url === '/gone' ? 404 : 200).end('ok');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('外部链接', () => {
  it('reports a link that answers with an error, not one that answers (after GET when HEAD is refused)', async () => {
    const links: InspectionReport['externalLinks'] = [
      { url: `${origin}/ok`, page: '/a/' },
      { url: `${origin}/head-refused`, page: '/a/' },
      { url: `${origin}/gone`, page: '/b/' },
    ];
    const found = await checkExternalLinks(links, 'dist');
    expect(found.map((f) => [f.severity, f.file, f.text])).toEqual([['deduct', 'dist/b/', `${origin}/gone：404`]]);
    expect(links.map((l) => l.status)).toEqual(['200', '200', '404']);
  });

  it('only hints when no link can be reached at all', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const found = await checkExternalLinks([{ url: `http://127.0.0.1:${port}/x`, page: '/' }], 'dist');
    expect(found.map((f) => f.severity)).toEqual(['hint']);
  });
});
