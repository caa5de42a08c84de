// Runs deploy/nginx.conf without root: the same site configuration inside a whole nginx.conf whose
// temp, cache, pid and log paths are in one directory, listening on an unprivileged port. Used by
// the reverse-proxy browser test and by `npm run bench` ("through nginx").
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './ops/paths';

/** The nginx binary (Debian's package puts it in /usr/sbin), or null when there is none. */
export function findNginx(): string | null {
  for (const candidate of [
    process.env.NGINX_BIN,
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/bin/nginx',
  ]) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

export function nginxConfig(dir: string, upstreamPorts: [number, number], listenPort: number): string {
  const site = fs
    .readFileSync(path.join(PROJECT_ROOT, 'deploy', 'nginx.conf'), 'utf8')
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${upstreamPorts[0]};`)
    .replace('server 127.0.0.1:3001;', `server 127.0.0.1:${upstreamPorts[1]};`)
    .replace('/var/cache/nginx/commitment-tracker', path.join(dir, 'cache'))
    .replace('listen 80;', `listen 127.0.0.1:${listenPort};`);
  if (!site.includes(`listen 127.0.0.1:${listenPort};`))
    throw new Error('deploy/nginx.conf: no `listen 80;` to replace');
  return `worker_processes 1;
error_log ${path.join(dir, 'error.log')} warn;
pid ${path.join(dir, 'nginx.pid')};
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${path.join(dir, 'client_body')};
  proxy_temp_path ${path.join(dir, 'proxy')};
  fastcgi_temp_path ${path.join(dir, 'fastcgi')};
  uwsgi_temp_path ${path.join(dir, 'uwsgi')};
  scgi_temp_path ${path.join(dir, 'scgi')};
${site}
}
`;
}

export interface RunningNginx {
  process: ChildProcess;
  stop(): void;
}

/** Checks and starts nginx in the foreground (daemon off) in a fresh temp directory. */
export function startNginx(
  binary: string,
  upstreamPorts: [number, number],
  listenPort: number,
): RunningNginx {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-nginx-'));
  // Under root, nginx's workers run as an unprivileged user: they must be able to enter the dir.
  fs.chmodSync(dir, 0o755);
  const config = path.join(dir, 'nginx.conf');
  fs.writeFileSync(config, nginxConfig(dir, upstreamPorts, listenPort));
  const check = spawnSync(binary, ['-p', dir, '-c', config, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed: ${check.stderr}`);
  const child = spawn(binary, ['-p', dir, '-c', config, '-g', 'daemon off;'], {
    stdio: 'ignore',
    detached: true,
  });
  return {
    process: child,
    stop() {
      if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
