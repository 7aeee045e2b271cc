import { test } from 'node:test';
import assert from 'node:assert/strict';
import { synopsisOf } from '../../../scripts/extract/compose.js';

// The synopsis is the only part of QEMU's -help text the built-in catalog keeps (a fact: the
// option's syntax). These lines have the layouts of spec 6.2; their descriptions are
// placeholders of ours, standing where QEMU's prose would be.

const TABLE: { description: string; line: string; synopsis: string | undefined }[] = [
  {
    description: 'short synopsis, text at column 16',
    line: '-version        DESC words here\n',
    synopsis: '-version',
  },
  {
    description: 'synopsis of 15 characters, one space',
    line: '-kernel bzImage DESC words\n',
    synopsis: '-kernel bzImage',
  },
  {
    description: 'synopsis of 14 characters, one space',
    line: '-shim shim.efi DESC words\n',
    synopsis: '-shim shim.efi',
  },
  {
    description: 'synopsis with spaces inside',
    line: '-h or -help     DESC\n',
    synopsis: '-h or -help',
  },
  {
    description: 'long synopsis, two spaces, text',
    line: '-dfilter range,..  DESC words\n',
    synopsis: '-dfilter range,..',
  },
  {
    description: 'long synopsis alone',
    line: '-run-with [async-teardown=on|off][,chroot=dir]\n',
    synopsis: '-run-with [async-teardown=on|off][,chroot=dir]',
  },
  {
    description: 'continuation at 10 spaces',
    line: '          [,user=username|uid:gid]\n',
    synopsis: '          [,user=username|uid:gid]',
  },
  {
    description: 'continuation at 15 spaces',
    line: '               [,asset=str]\n',
    synopsis: '               [,asset=str]',
  },
  {
    description: 'description line at 16 spaces',
    line: '                DESC words\n',
    synopsis: undefined,
  },
  {
    description: 'prose at column 0',
    line: 'Note: DESC words\n',
    synopsis: undefined,
  },
  {
    description: 'quoted example',
    line: '"-display sdl"\n',
    synopsis: undefined,
  },
  {
    description: 'empty line',
    line: '\n',
    synopsis: undefined,
  },
];

for (const row of TABLE) {
  test(`synopsis of a -help line: ${row.description}`, () => {
    assert.equal(synopsisOf(row.line), row.synopsis);
  });
}

test('a synopsis that reads as prose is refused, never copied', () => {
  assert.throws(() => synopsisOf('-foo-bar-baz-qux this line reads like plain prose\n'), /prose/);
});
