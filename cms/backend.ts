// Which git service the CMS writes to, chosen by environment variables at build time
// (so one codebase serves any 科协's own GitHub, GitLab or self-hosted Gitea).
// Without CMS_BACKEND the CMS talks to the local decap-server proxy that `npm start` runs.
import type { CmsBackend } from './types';

export type BackendEnv = Record<string, string | undefined>;

const GIT_BACKENDS = ['github', 'gitlab', 'gitea'] as const;

/** Thrown with the variable named, so a wrong deployment setting stops the build clearly. */
export class BackendConfigError extends Error {}

function need(env: BackendEnv, key: string, why: string): string {
  const value = env[key]?.trim();
  if (!value) throw new BackendConfigError(`CMS 配置有误：${why}需要设置环境变量 ${key}`);
  return value;
}

function optional(env: BackendEnv, key: string): string | undefined {
  const value = env[key]?.trim();
  return value ? value : undefined;
}

/** Reads CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_BASE_URL, CMS_API_ROOT, CMS_AUTH_ENDPOINT, CMS_APP_ID. */
export function backendFromEnv(env: BackendEnv): CmsBackend {
  const name = optional(env, 'CMS_BACKEND') ?? 'proxy';
  if (name === 'proxy') return { name: 'proxy', proxy_url: '/api/v1', branch: optional(env, 'CMS_BRANCH') ?? 'main' };
  if (!(GIT_BACKENDS as readonly string[]).includes(name)) {
    throw new BackendConfigError(
      `CMS 配置有误：CMS_BACKEND=${name} 不受支持，可选 ${GIT_BACKENDS.join('、')}（不设则使用本地 decap-server）`,
    );
  }
  const backend: CmsBackend = {
    name: name as CmsBackend['name'],
    repo: need(env, 'CMS_REPO', `${name} 后端`),
    branch: optional(env, 'CMS_BRANCH') ?? 'main',
    // Labels editors see on pull/merge requests of the editorial workflow.
    cms_label_prefix: 'cms/',
    squash_merges: true,
    commit_messages: {
      create: '新建{{collection}}：{{slug}}',
      update: '更新{{collection}}：{{slug}}',
      delete: '删除{{collection}}：{{slug}}',
      uploadMedia: '上传图片：{{path}}',
      deleteMedia: '删除图片：{{path}}',
    },
  };
  const apiRoot = optional(env, 'CMS_API_ROOT');
  const baseUrl = optional(env, 'CMS_BASE_URL');
  const authEndpoint = optional(env, 'CMS_AUTH_ENDPOINT');
  if (apiRoot) backend.api_root = apiRoot;
  if (baseUrl) backend.base_url = baseUrl;
  if (authEndpoint) backend.auth_endpoint = authEndpoint;
  if (name === 'github') {
    // GitHub's OAuth needs a small server holding the client secret (CMS_BASE_URL).
    need(env, 'CMS_BASE_URL', 'GitHub 后端的 OAuth 授权服务地址');
  } else {
    // GitLab and Gitea log in with PKCE: only the OAuth application id, no secret on a server.
    backend.app_id = need(env, 'CMS_APP_ID', `${name} 后端的 OAuth 应用 ID`);
    backend.auth_type = 'pkce';
    if (name === 'gitea') {
      backend.base_url = need(env, 'CMS_BASE_URL', 'Gitea 服务器地址');
      backend.api_root = apiRoot ?? `${backend.base_url.replace(/\/$/, '')}/api/v1`;
    }
  }
  return backend;
}

/**
 * Backends whose Decap implementation has the editorial workflow (Decap 3.16's Gitea backend stubs
 * it out). The local server (proxy) has it too and says in its `info` answer whether this site uses
 * it (site settings' 先审后发): Decap falls back to simple when the server does not offer it.
 */
const WORKFLOW_BACKENDS: readonly CmsBackend['name'][] = ['proxy', 'github', 'gitlab'];

/**
 * Editorial workflow (草稿 → 待审核 → 待发布) for backends that support it; Gitea saves directly
 * (there review happens in a pull request from CMS_BRANCH, see README).
 */
export function publishModeFor(backend: CmsBackend, env: BackendEnv): 'simple' | 'editorial_workflow' {
  const forced = optional(env, 'CMS_PUBLISH_MODE');
  if (forced && forced !== 'simple' && forced !== 'editorial_workflow') {
    throw new BackendConfigError(`CMS 配置有误：CMS_PUBLISH_MODE=${forced}，可选 simple 或 editorial_workflow`);
  }
  const supported = WORKFLOW_BACKENDS.includes(backend.name);
  if (forced === 'editorial_workflow' && !supported) {
    throw new BackendConfigError(
      `CMS 配置有误：${backend.name} 后端不支持编辑流程 (CMS_PUBLISH_MODE=editorial_workflow)`,
    );
  }
  if (forced === 'simple' || forced === 'editorial_workflow') return forced;
  return supported ? 'editorial_workflow' : 'simple';
}
