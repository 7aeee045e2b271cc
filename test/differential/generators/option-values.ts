/**
 * fast-check arbitraries of command lines for the option values QEMU decides from the
 * command line alone (issue 4): `-d` items with `-D` names and `-dfilter` ranges, `-smbios`
 * fields per type, `-boot` order/once letters with the other members, `-accel` property
 * values of `tcg` and `kvm`, `-smp` topologies and `-fw_cfg` items, good and bad, one to
 * three options per line, on the runner's machine `none` or on a PC, q35, microvm or isapc
 * board named by the line. Nothing names a
 * path outside the run's directory: `-D` names are relative, `-smbios` never has `file=` or
 * type 11 `path=`, `-fw_cfg` only strings, and `-d` never asks for `trace:help` (its
 * listing is thousands of lines). `-smp` asks for four CPUs at most, so a board really
 * created stays small.
 *
 * @module
 */
import fc from 'fast-check';
import { distinctSample } from './distinct-sample.js';
import type { GeneratedCase } from './command-lines.js';

/** `-d` items: known, unknown, near misses, empty, trace patterns, items of later releases. */
const logItem = fc.constantFrom('int', 'guest_errors', 'unimp', 'in_asm', 'cpu', 'exec',
  'nochain', 'plugin', 'strace', 'page', 'cpu_reset', 'op_opt', 'tid', 'all', 'trace:none*',
  'trace:nosuch', 'bogus', 'help', '?', '', 'trace:', 'Int', 'guest_error', 'vpu',
  'invalid_mem', 'op_plugin');

/** `-D` names, relative to the run's directory, with good and bad `%` templates. */
const logFile = fc.constantFrom('qemu.log', 'qemu-%d.log', 'q%x.log', 'a%d%d.log', 'x%', '%d');

/** Numbers for the sides of a `-dfilter` range. */
const rangeNumber = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('0', '1', '0x1000', '0x10', '16', '010', ' 5', '+5',
    '4096', '18446744073709551615') },
  { weight: 1, arbitrary: fc.constantFrom('08', '-5', 'x', '', '0x', '18446744073709551616',
    '4096 ') },
);

/** One `-dfilter` range: two numbers and an operator, or something that is no range. */
const range = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(rangeNumber, fc.constantFrom('+', '-', '..'), rangeNumber)
    .map(([a, op, b]) => `${a}${op}${b}`) },
  { weight: 1, arbitrary: fc.constantFrom('0x1000', '', '1..', '..2', '1+-1', '5-1-2') },
);

/** `-d`, `-D` and `-dfilter`. */
const logOption = fc.oneof(
  { weight: 4, arbitrary: fc.array(logItem, { minLength: 1, maxLength: 3 })
    .map((items) => ['-d', items.join(',')]) },
  { weight: 2, arbitrary: logFile.map((name) => ['-D', name]) },
  { weight: 3, arbitrary: fc.array(range, { minLength: 1, maxLength: 3 })
    .map((ranges) => ['-dfilter', ranges.join(',')]) },
);

/** `-smbios` types: with fields in 7.2, without, out of range, odd spellings. */
const smbiosType = fc.constantFrom('0', '1', '2', '3', '4', '8', '17', '41', '0x4', '011',
  '9', '99', '200', '-1', 'x', '1x');

/** `-smbios` fields with values good and bad for their type (no `file`, no `path`). */
const smbiosField = fc.oneof(
  fc.constantFrom('vendor=v', 'version=1', 'date=2020-01-01', 'manufacturer=m', 'product=p',
    'serial=s', 'sku=k', 'family=f', 'asset=a', 'location=l', 'sock_pfx=S', 'part=p',
    'internal_reference=i', 'external_reference=e', 'value=x', 'loc_pfx=L', 'bank=b',
    'designation=d', 'pcidev=p0', 'bogus=1', 'help', 'vm=on', 'processor-family=2'),
  fc.tuple(fc.constantFrom('uefi', 'vm'), fc.constantFrom('on', 'off', 'yes', 'maybe', ''))
    .map(([k, v]) => `${k}=${v}`),
  fc.tuple(fc.constantFrom('max-speed', 'current-speed', 'processor-id', 'connector_type',
    'port_type', 'speed', 'instance', 'type'),
  fc.constantFrom('0', '2000', '65535', '65536', '-1', '0x10', 'x', '', '1k'))
    .map(([k, v]) => `${k}=${v}`),
  fc.constantFrom('release=1.2', 'release=1', 'release=0x1.2', 'release=1.2x', 'release=a.b',
    'uuid=12345678-9abc-def0-1234-56789abcdef0', 'uuid=x', 'kind=video', 'kind=sata',
    'kind=x', 'kind='),
);

/** `-smbios`: `type=` and fields, in any order, or fields with no type. */
const smbiosOption = fc.tuple(fc.option(smbiosType, { freq: 8, nil: undefined }),
  fc.array(smbiosField, { maxLength: 3 }), fc.boolean())
  .map(([type, fields, typeFirst]) => {
    const typeItem = type === undefined ? [] : [`type=${type}`];
    const items = typeFirst ? [...typeItem, ...fields] : [...fields, ...typeItem];
    return ['-smbios', items.join(',') || 'type=1'];
  });

/** Boot device letters: PC ones, others of a to p, and ones no machine takes. */
const bootLetters = fc.array(fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'c', 'd', 'n', 'e', 'p') },
  { weight: 1, arbitrary: fc.constantFrom('q', 'z', 'C', '1') },
), { maxLength: 4 }).map((letters) => letters.join(''));

/** `-boot` with order/once letters and the other members. */
const bootOption = fc.tuple(fc.option(bootLetters, { nil: undefined }),
  fc.array(fc.oneof(
    bootLetters.map((l) => `order=${l}`),
    bootLetters.map((l) => `once=${l}`),
    fc.constantFrom('menu=on', 'menu=x', 'strict=on', 'splash-time=5000', 'splash-time=x',
      'reboot-timeout=-1', 'reboot-timeout=1000'),
  ), { minLength: 1, maxLength: 3 }))
  .map(([implied, items]) => ['-boot', [...(implied === undefined ? [] : [implied]),
    ...items].join(',')]);

/** `-smp` counts: fitting ones, products that miss, levels machine none lacks, wraps. */
const smpOption = fc.tuple(fc.option(fc.constantFrom('1', '2', '4', '0', '-1', '4294967297'),
  { nil: undefined }), fc.array(fc.tuple(fc.constantFrom('cpus', 'sockets', 'dies', 'clusters',
  'cores', 'threads', 'maxcpus'), fc.constantFrom('1', '1', '2', '3', '0')), { maxLength: 3 }))
  .map(([implied, items]) => ['-smp', [...(implied === undefined ? [] : [implied]),
    ...items.map(([k, v]) => `${k}=${v}`)].join(',') || '1']);

/** `-accel` properties with good and bad values. */
const accelItem = (accel: 'tcg' | 'kvm'): fc.Arbitrary<string> => accel === 'tcg'
  ? fc.oneof(
    fc.tuple(fc.constantFrom('tb-size'), fc.constantFrom('0', '64', '0x10', ' 5', '-1', 'x',
      '1k', '4294967295', '4294967296', '18446744073709551616')).map(([k, v]) => `${k}=${v}`),
    fc.tuple(fc.constantFrom('split-wx', 'one-insn-per-tb'), fc.constantFrom('on', 'off', 'y',
      'maybe', '')).map(([k, v]) => `${k}=${v}`),
    fc.constantFrom('thread=single', 'thread=multi', 'thread=x', 'split-wx', 'nosplit-wx',
      'help', 'bogus=1'))
  : fc.oneof(
    fc.tuple(fc.constantFrom('kvm-shadow-mem'), fc.constantFrom('0', '-1', '1024', '1k', 'x',
      '9223372036854775808')).map(([k, v]) => `${k}=${v}`),
    fc.tuple(fc.constantFrom('dirty-ring-size', 'notify-window'), fc.constantFrom('0', '1024',
      '3', '4294967296', 'x', '-1')).map(([k, v]) => `${k}=${v}`),
    fc.constantFrom('kernel-irqchip=on', 'kernel-irqchip=split', 'kernel-irqchip=x',
      'notify-vmexit=run', 'notify-vmexit=disable', 'notify-vmexit=x', 'device=x', 'help'));

/** `-accel tcg|kvm,…`: the accelerator QEMU configures first. */
const accelOption = fc.constantFrom<'tcg' | 'kvm'>('tcg', 'tcg', 'kvm')
  .chain((accel) => fc.array(accelItem(accel), { minLength: 1, maxLength: 3 })
    .map((items) => ['-accel', [accel, ...items].join(',')]));

/** `-fw_cfg` items with strings (never a file or a generator object). */
const fwCfgOption = fc.tuple(
  fc.constantFrom('opt/x', 'opt/x', 'opt/y', 'x', 'etc/z', `opt/${'a'.repeat(51)}`,
    `opt/${'a'.repeat(52)}`, ''),
  fc.constantFrom('string=1', 'string=1', 'string=', '', 'string=a,,b'))
  .map(([name, content]) => ['-fw_cfg', [name === '' ? '' : `name=${name}`, content]
    .filter((item) => item !== '').join(',') || 'name=opt/x']);

/** A machine type that replaces the runner's `none`: its board checks then apply. */
const machineOption = fc.constantFrom('pc', 'q35', 'microvm', 'isapc', 'none')
  .map((type) => ['-M', type]);

/** One option of a family, with the family's name. */
const valueOption: fc.Arbitrary<GeneratedCase> = fc.oneof(
  { weight: 3, arbitrary: logOption.map((argv) => ({ family: argv[0], argv })) },
  { weight: 3, arbitrary: smbiosOption.map((argv) => ({ family: '-smbios', argv })) },
  { weight: 2, arbitrary: bootOption.map((argv) => ({ family: '-boot', argv })) },
  { weight: 2, arbitrary: accelOption.map((argv) => ({ family: '-accel', argv })) },
  { weight: 2, arbitrary: smpOption.map((argv) => ({ family: '-smp', argv })) },
  { weight: 2, arbitrary: fwCfgOption.map((argv) => ({ family: '-fw_cfg', argv })) },
  { weight: 2, arbitrary: machineOption.map((argv) => ({ family: '-M', argv })) },
);

/** A command line of one to three such options. */
export const valueCommandLine: fc.Arbitrary<GeneratedCase> = fc.oneof(
  { weight: 3, arbitrary: valueOption },
  { weight: 2, arbitrary: fc.array(valueOption, { minLength: 2, maxLength: 3 })
    .map((cases) => ({ family: 'command-line', argv: cases.flatMap((c) => c.argv) })) },
);

/** The value test's cases: `count` distinct command lines drawn with a fixed seed. */
export function generateValueCases(count: number, seed = 0x7a1e): GeneratedCase[] {
  return distinctSample(valueCommandLine, count, seed, 4);
}
