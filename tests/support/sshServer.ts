// A throwaway OpenSSH server on a loopback port, for deploying to `user@127.0.0.1:/path` for real:
// its own host key, sshd_config and client key in a temporary folder; it admits only that key for
// the user running the tests. Needs openssh-server, openssh-client and rsync (.ci/run installs them).
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface SshServer {
  port: number;
  user: string;
  /** Private key the server accepts. */
  key: string;
  /** A known_hosts line for the server's host key (`[127.0.0.1]:port ssh-ed25519 …`). */
  knownHosts: string;
  /** The ssh command line for KEPU_DEPLOY_SSH (this port and key, host key not checked). */
  sshCommand: string;
  stop(): void;
}

const INSTALL = 'apt-get install openssh-server openssh-client rsync (.ci/run installs them when missing)';

function which(name: string, candidates: string[] = []): string {
  for (const path of candidates) if (existsSync(path)) return path;
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error(`${name} is not installed; the deploy tests run a real ssh server: ${INSTALL}`);
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startSshServer(): Promise<SshServer> {
  const sshd = which('sshd', ['/usr/sbin/sshd']);
  which('ssh');
  which('ssh-keygen');
  which('rsync');
  const dir = mkdtempSync(join(tmpdir(), 'kepu-sshd-'));
  const key = join(dir, 'client_ed25519');
  const hostKey = join(dir, 'host_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'kepu-test', '-f', key]);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'kepu-test-host', '-f', hostKey]);
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(`${key}.pub`));
  const user = userInfo().username;
  const port = await freePort();
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKey}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AllowUsers ${user}`,
      'UsePAM no',
      'StrictModes no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      'PermitRootLogin prohibit-password',
      'LogLevel ERROR',
      // bash sources ~/.bashrc for ssh commands only at shell level 1: the commands run here do not
      // depend on (or wait for) the test user's interactive shell setup.
      'SetEnv SHLVL=1',
      '',
    ].join('\n'),
  );
  // sshd started as root wants its privilege-separation folder.
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  let output = '';
  const child: ChildProcess = spawn(sshd, ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (d) => (output += d));
  const sshCommand = `ssh -p ${port} -i ${key} -o IdentitiesOnly=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR`;
  const stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  // Up when a login runs a command.
  for (let i = 0; ; i++) {
    const probe = spawnSync(
      'ssh',
      [...sshCommand.split(' ').slice(1), '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=2', `${user}@127.0.0.1`, 'true'],
      { encoding: 'utf8' },
    );
    if (probe.status === 0) break;
    if (child.exitCode !== null || i >= 50) {
      stop();
      throw new Error(`sshd did not start on 127.0.0.1:${port}: ${output || probe.stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const hostPub = readFileSync(`${hostKey}.pub`, 'utf8').trim().split(' ').slice(0, 2).join(' ');
  return { port, user, key, knownHosts: `[127.0.0.1]:${port} ${hostPub}`, sshCommand, stop };
}
