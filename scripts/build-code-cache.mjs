// Writes dist/cli.bundle.cache: V8's compiled code for the CLI bundle after it has linted a
// typical command line, which bin/cli-loader.cjs hands to V8 so that a cold start compiles
// nothing it has compiled here. Compiled code only: no result of the run is kept.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import loader from '../bin/cli-loader.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'qemu-opts-code-cache-'));
const script = join(dir, 'vm.sh');
writeFileSync(
  script,
  'LC_ALL=C qemu-system-x86_64 -machine q35,accel=kvm -m 2G -smp 2 -name guest=vm \\\n' +
    '  -drive file=/var/lib/images/vm,,1.qcow2,if=virtio,format=qcow2 \\\n' +
    '  -netdev user,id=net0 -device virtio-net-pci,netdev=net0 \\\n' +
    '  -run-with exit-with-parent=on -display none\n',
);
const { cli, script: compiled } = loader.loadCli(false);
const silent = { stdout() {}, stderr() {}, readStdin: async () => new Uint8Array(), cwd: dir };
const status = await cli.main(['lint', script], silent);
rmSync(dir, { recursive: true, force: true });
if (status !== 0 && status !== 1) throw new Error(`lint exited ${status} while warming up`);
writeFileSync(join(root, 'dist', 'cli.bundle.cache'), compiled.createCachedData());
