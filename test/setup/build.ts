// Builds dist/ once before any test file runs: the end-to-end tests run the built CLI and
// the ReDoS scan reads the compiled modules, and a rebuild while they run could hand them
// a half-written file.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function build(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}
