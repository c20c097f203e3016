// `npm start` serves the built site from dist/ on localhost (PORT overrides 4321).
// Usage: node scripts/serve.mjs [--port N] [--host H] [--no-cms]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createStaticServer } from './staticServer.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: process.env.HOST ?? 'localhost' },
    root: { type: 'string', default: 'dist' },
    'no-cms': { type: 'boolean', default: false },
  },
});

if (!existsSync(values.root)) {
  console.error(`找不到 ${values.root}/：请先运行 npm run build。`);
  process.exit(1);
}

const server = createStaticServer({ root: values.root });
server.listen(Number(values.port), values.host, () => {
  console.log(`科普门户已启动：http://${values.host}:${values.port}/`);
});

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
