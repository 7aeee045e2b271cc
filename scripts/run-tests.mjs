// Runs every compiled test file under dist/test with node's test runner.
// Node 20 does not expand globs for --test, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

/** All `*.test.js` files below `dir`, sorted. */
function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

let files = findTests(join(root, 'dist', 'test'));
if (only.length > 0) files = files.filter((f) => only.some((o) => f.includes(o)));
if (files.length === 0) {
  // With no file, `node --test` would look for tests itself and run everything it finds.
  console.error(`run-tests: no compiled test file matches ${only.join(' ') || '(all)'}` +
    ' under dist/test (run `npm run build` first?)');
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--test', ...files], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
