import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qemuAvailable } from '../differential/qemu-runner.js';
import { forEachQemuVerdict, ourErrors72, type Qemu72Case } from '../helpers/qemu-72-cases.js';

/**
 * -drive values QEMU 7.2 types or checks when it creates the drive, which qemu-opts passed
 * (issue 4, an outside tester), with QEMU's message (null: QEMU runs them); each is also
 * run through the binary.
 */
const D = 'if=none,id=d0';
const CASES: Qemu72Case[] = [
  ['snapshot is a bool', ['-drive', `${D},snapshot=maybe`],
    "Parameter 'snapshot' expects 'on' or 'off'"],
  ['stats-account-invalid is a bool', ['-drive', `${D},stats-account-invalid=x`],
    "Parameter 'stats-account-invalid' expects 'on' or 'off'"],
  ['index is a number', ['-drive', `${D},index=x`], "Parameter 'index' expects a number"],
  ['readonly is renamed, then read as a bool', ['-drive', `${D},readonly=x`],
    "Parameter 'read-only' expects 'on' or 'off'"],
  ['legacy values are read before media', ['-drive', `${D},media=x,copy-on-read=x`],
    "Parameter 'copy-on-read' expects 'on' or 'off'"],
  ['detect-zeroes values', ['-drive', `${D},detect-zeroes=bogus`],
    'invalid parameter value: bogus'],
  ['detect-zeroes=unmap', ['-drive', `${D},detect-zeroes=unmap`], null],
  ['unknown format', ['-drive', `${D},format=bogus`], "Unknown driver 'bogus'"],
  ['unknown driver', ['-drive', `${D},driver=bogus`], "Unknown driver 'bogus'"],
  ['unknown protocol driver', ['-drive', `${D},file.driver=bogus`], "Unknown driver 'bogus'"],
  ['unknown format before a missing file', ['-drive', `${D},file=nosuch.img,format=bogus`],
    "Unknown driver 'bogus'"],
  ['driver and format', ['-drive', `${D},format=raw,driver=null-co`],
    "Cannot specify both 'driver' and 'format'"],
  ['total and read rates', ['-drive', `${D},bps=100,bps_rd=100`],
    'bps/iops/max total values and read/write values cannot be used at the same time'],
  ['rates up to 1e15', ['-drive', `${D},throttling.iops-total=-1`],
    'bps/iops/max values must be within [0, 1000000000000000]'],
  ['iops size needs an iops rate', ['-drive', `${D},bps=1,iops_size=3`],
    'iops size requires an iops value to be set'],
  ['burst rate needs a rate', ['-drive', `${D},throttling.bps-total-max=0x10`],
    'bps_max/iops_max require corresponding bps/iops values'],
  ['burst length 0', ['-drive', `${D},throttling.bps-total-max-length=0`],
    'the burst length cannot be 0'],
  ['burst rate below the rate', ['-drive', `${D},bps=10,bps_max=5`],
    'bps_max/iops_max cannot be lower than bps/iops'],
  ['a burst that passes', ['-drive', `${D},bps=10,bps_max=20,throttling.bps-total-max-length=3`],
    null],
  ['no file, no driver, an option for the block layer', ['-drive', `${D},bogus=1`],
    'Must specify either driver or file'],
  ['cache= becomes options for the block layer', ['-drive', `${D},cache=none`],
    'Must specify either driver or file'],
  ['an empty file is no file', ['-drive', `${D},file=,node-name=n`],
    'Must specify either driver or file'],
  ['drive options alone make an empty drive', ['-drive', `${D},aio=threads,snapshot=on`], null],
  ['cache.direct is a bool', ['-drive', `${D},driver=null-co,cache.direct=maybe`],
    "Parameter 'cache.direct' expects 'on' or 'off'"],
  ['cache.no-flush with a protocol driver', ['-drive', `${D},file.driver=null-co,cache.no-flush=x`],
    "Parameter 'cache.no-flush' expects 'on' or 'off'"],
  ['a known protocol driver', ['-drive', `${D},file.driver=null-co,format=raw`], null],
];

for (const [title, argv, error] of CASES) {
  test(`-drive when created: ${title}`, () => {
    const ours = ourErrors72(argv);
    if (error === null) assert.deepEqual(ours, []);
    else assert.equal(ours[0], error, JSON.stringify(ours));
  });
}

test('-drive when created: QEMU 7.2 still gives these verdicts', {
  skip: qemuAvailable() ? false : 'qemu-system-x86_64 is not installed',
}, async () => {
  await forEachQemuVerdict(CASES, (qemu, [title, , error]) => {
    if (error === null) assert.notEqual(qemu.outcome, 'error', title);
    else assert.equal(qemu.error?.message, error, title);
  });
});
