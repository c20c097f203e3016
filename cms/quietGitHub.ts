// Decap's GitHub backend polls https://www.githubstatus.com for an outage banner: a third-party
// request from /admin/ (and blocked by its CSP anyway). Decap refuses to register a second
// 'github' backend, so the status check is replaced on the class it already registered: it asks
// GitHub's own API only.
// @ts-expect-error decap-cms-backend-github ships no type declarations
import { GitHubBackend } from 'decap-cms-backend-github';

interface GitHubInternals {
  api?: { getUser(args: { token: string }): Promise<unknown> };
  token?: string | null;
}

export function silenceGitHubStatusPage(): void {
  (GitHubBackend as { prototype: { status(this: GitHubInternals): Promise<unknown> } }).prototype.status =
    async function status(this: GitHubInternals) {
      const auth = this.api
        ? await this.api.getUser({ token: this.token ?? '' }).then(
            (user) => Boolean(user),
            () => false,
          )
        : false;
      return { auth: { status: auth }, api: { status: true, statusPage: '' } };
    };
}
