import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

/** Runs the real `nianbao` binary from source, as `pnpm nianbao` does. */
export function nianbao(args: readonly string[], options: { cwd?: string } = {}) {
  const result = spawnSync(tsx, ['--conditions=@nianbao/source', bin, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
