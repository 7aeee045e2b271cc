/**
 * The four reference strings of issue 2 item 10.
 *
 * @module
 */

/** Twenty-five `key=value` pairs of 19 characters (the last of 20): 500 characters. */
function twentyFivePairs(): string {
  const pairs = Array.from({ length: 25 }, (_, i) => `param-${i + 10}=value-${i + 1000}`);
  return pairs.join(',') + '0';
}

/** A name and the text for each reference string. */
export const REFERENCE_STRINGS: { name: string; text: string }[] = [
  { name: 'exit-with-parent=on', text: 'exit-with-parent=on' },
  {
    name: '-run-with, four keys',
    text: 'async-teardown=on,chroot=/var/empty,exit-with-parent=on,user=nobody',
  },
  {
    name: '-drive with ,,',
    text:
      'file=/var/lib/libvirt/images/web,,db.qcow2,if=none,id=drive-disk0,' +
      'format=qcow2,cache=none,aio=native',
  },
  { name: '25 pairs', text: twentyFivePairs() },
];
