// decap-server (Decap CMS's local backend) as an in-process request handler: it reads and
// writes the Markdown files of `repo` for /admin/. Used by scripts/serve.mjs (npm start)
// and by cms/integration.ts (astro dev), so /admin/ talks to /api/v1 on its own origin.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);

/** The API path Decap's local backend posts to. */
export const DECAP_API_PATH = '/api/v1';

/**
 * @param {{ repo: string, logLevel?: string }} options
 * @returns {Promise<import('node:http').RequestListener & { listen: Function }>} an express app
 */
export async function createDecapApi({ repo, logLevel = 'warn' }) {
  const serverEntry = require.resolve('decap-server/dist/middlewares.js');
  // express is decap-server's own dependency: resolve it from there, not from the project.
  const express = createRequire(serverEntry)('express');
  const { registerLocalFs } = require(serverEntry);
  const app = express();
  // decap-server reads the repository folder from the environment when it registers.
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = resolve(repo);
  try {
    await registerLocalFs(app, { logLevel });
  } finally {
    if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = previous;
  }
  return app;
}
