/**
 * fast-check arbitraries of whole command lines that exercise references between options
 * and the parameters options require: chardevs, memory backends and block nodes defined
 * before or after the options that name them, misspelt IDs (`co` for `c0`), IDs that nothing
 * defines, monitors sharing a chardev, and options missing what they need (`-add-fd`,
 * `-option-rom`, `-m slots=`, chardev backends). Only the null, ringbuf, memory, file and
 * mux chardev backends, the null-co block driver and RAM memory backends: nothing opens a
 * socket or names a path outside the run's directory.
 *
 * @module
 */
import fc from 'fast-check';

/** IDs drawn for definitions and references: `co` is a near miss of `c0`. */
const ID = fc.constantFrom('c0', 'c1', 'co', 'nosuch');

/** Something that defines an ID. */
const definition = ID.chain((id) => fc.constantFrom(
  ['-chardev', `null,id=${id}`],
  ['-chardev', `ringbuf,id=${id}`],
  ['-chardev', `memory,id=${id},size=4k`],
  ['-object', `memory-backend-ram,id=${id},size=1M`],
  ['-object', `iothread,id=${id}`],
  ['-blockdev', `driver=null-co,node-name=${id}`],
));

/** Something that names an ID. */
const reference = fc.tuple(ID, fc.nat(9)).chain(([id, n]) => fc.constantFrom(
  ['-mon', id],
  ['-mon', `chardev=${id},mode=control`],
  ['-mon', `${id},pretty=on`],
  ['-mon', `${id},mode=control,pretty=on`],
  ['-monitor', `chardev:${id}`],
  ['-qmp', `chardev:${id}`],
  ['-serial', `chardev:${id}`],
  ['-parallel', `chardev:${id}`],
  ['-chardev', `mux,id=m${n},chardev=${id}`],
  ['-machine', `memory-backend=${id}`],
  ['-blockdev', `driver=raw,node-name=r${n},file=${id}`],
));

/** An option without something it requires, or with a value it may not have. */
const requirement = fc.constantFrom(
  ['-add-fd', 'fd=3,set=1'], ['-add-fd', 'fd=3'], ['-add-fd', 'set=1'], ['-add-fd', 'fd=2,set=1'],
  ['-add-fd', 'fd=4294967296,set=1'], ['-add-fd', 'fd=4294967295,set=1'],
  ['-add-fd', 'fd=3,set=-1'], ['-option-rom', 'bootindex=1'], ['-option-rom', 'romfile='],
  ['-global', 'driver=isa-fdc,property=driveA'], ['-global', 'isa-fdc.driveA='],
  ['-m', '128M,slots=2'], ['-m', '128M,maxmem=64M'], ['-m', '128,slots=2,maxmem=128M'],
  ['-m', '64M,slots=2,maxmem=1G'], ['-m', '1'], ['-mon', 'mode=control'],
  ['-chardev', 'file,id=f0'], ['-chardev', 'mux,id=m9'], ['-chardev', 'ringbuf,id=r0,size=3k'],
  ['-chardev', 'ringbuf,id=r1,size=4k'], ['-chardev', 'hub,id=h0'],
);

/** A command line of two to four such pieces, in any order. */
export const referenceLine: fc.Arbitrary<string[]> = fc
  .array(fc.oneof({ weight: 3, arbitrary: definition }, { weight: 3, arbitrary: reference },
    { weight: 2, arbitrary: requirement }), { minLength: 2, maxLength: 4 })
  .map((pieces) => pieces.flat());
