/**
 * Every diagnostic code qemu-opts reports, in one place. Codes are an interface that other
 * tools rely on: they are never renamed or reused once released, only added.
 * Each code has a page `docs/codes/<code>.md`.
 *
 * @module
 */

/** The diagnostic codes, with a one-line summary each. */
export const DIAGNOSTIC_CODES = {
  'invalid-option': 'the option name is not in QEMU\'s option table for this build',
  'missing-argument': 'an option that takes an argument is the last word',
  'option-not-for-target': 'the option exists, but not for this target architecture',
  'invalid-parameter': 'a key that the option\'s parameter list does not have',
  'invalid-bool': 'a bool parameter with a value other than on/off/yes/no/true/false/y/n',
  'invalid-number': 'a number parameter that is not a number',
  'number-too-large': 'a number parameter beyond 64 bits',
  'invalid-size': 'a size parameter that is not a size',
  'size-out-of-range': 'a size parameter below 0 or at or above 2^64',
  'invalid-id': 'an id= value that is not an identifier',
  'id-in-merged-list': 'an id= on an option whose uses all merge into one set',
  'duplicate-id': 'the same id= twice in one option list',
  'short-form-boolean': 'a key without =on/=off (deprecated since QEMU 6.0)',
  'no-prefix-flag': 'a flag starting with "no" that QEMU reads as another key set to off',
  'empty-key': 'an item with an empty key, usually from a stray comma',
  'help-request': 'a help or ? item: QEMU prints help and exits instead of running',
  'not-on-host': 'the option, parameter or value does not exist on the chosen host',
  'not-in-version': 'the option or parameter does not exist in the chosen QEMU release',
  'deprecated': 'the option or parameter is deprecated in the chosen QEMU release',
  'removed': 'the option or parameter was removed before the chosen QEMU release',
  'version-uncertain': 'the option or parameter came or went at a release near the chosen one',
  'version-approximated': 'the chosen QEMU release is outside the catalog; the nearest is used',
  'parameters-unchecked':
    'the catalog has no parameter lists (imported from .hx), so option arguments are not checked',
  'user-not-portable': 'a -run-with user= value that QEMU resolves only on some hosts',
  'chroot-flag': 'a bare chroot item, which QEMU reads as chroot=on',
  'disk-image-argument': 'a word that is not an option, which QEMU takes as a disk image',
  'shell-syntax': 'the shell text could not be split into words',
  'crlf-line-ending': 'a script with CR LF line endings, whose CRs sh passes on inside words',
  'findings-not-shown':
    'the language server shows a limited number of findings per document; the rest are not',
  'unreadable-input': 'a file that is not text or could not be read',
  'input-too-large': 'an input beyond what qemu-opts reads (16 MiB, a million words)',
  'argument-too-long': 'a word of 128 KiB or more, which Linux refuses to pass to a program',
  'invalid-value': 'a string value that the option checks against its own list of values',
  'missing-parameter':
    'a parameter QEMU needs when it creates a backend, monitor or fd set (after every option)',
  'bare-size-unit': 'a size without a unit where the default unit makes the number implausible',
  'hex-size-suffix':
    'a hexadecimal size with a unit suffix (deprecated up to 7.2, an error from 8.0)',
  'keyval-invalid-key': 'a keyval key that is not a dotted path of names and indices',
  'keyval-missing-equals': 'a keyval item without = that is neither help nor the implied value',
  'keyval-key-too-long': 'a keyval key or key fragment of 128 characters or more',
  'keyval-inconsistent': 'a keyval path used both as a value and as an object or array',
  'keyval-missing-index': 'a keyval array with a gap in its indices',
  'help-not-available': 'a help item in an option that has no help',
  'json-syntax': 'a JSON argument ({...}) that QEMU\'s JSON parser rejects',
  'display-vnc-argument': 'a -display argument starting with vnc but not vnc=<display>',
  'json-type': 'a member of a JSON argument whose JSON type is not the one QEMU expects',
  'member-type': 'a keyval member whose value its QAPI type rejects (expects integer, on/off …)',
  'member-unexpected': 'a keyval or JSON member that the option does not have',
  'member-missing': 'a keyval or JSON argument without the member that selects its kind',
  'device-driver-missing': 'a -device without a driver (QEMU: Parameter \'driver\' is missing)',
  'device-driver-unknown': 'a -device driver that is not a device type of the build',
  'device-driver-abstract': 'a -device driver that is an abstract device type',
  'device-not-creatable': 'a -device driver that QEMU creates only itself (not user-creatable)',
  'device-property-unknown': 'a -device property that the device type does not have',
  'device-property-value': 'a -device property value that the property\'s type rejects',
  'device-property-read-only': 'a -device property that has no setter (is not writable)',
  'cpu-model-unknown': 'a -cpu model that the build does not have',
  'cpu-feature': 'a -cpu feature that the CPU model does not have, or a value it refuses',
  'global-driver-unknown': 'a -global driver that is not a device type of the build',
  'global-property-unknown': 'a -global property that its device type does not have',
  'global-property-apply': 'a -global that QEMU cannot apply to a device the line creates',
  'machine-member-type':
    'a -machine, -smp or -boot member value (or machine type) that QEMU rejects when it ' +
    'creates the machine',
  'machine-member-unexpected':
    'a -smp or -boot member, a nested value, or a -machine property that the machine ' +
    'does not have',
  'machine-boot-device':
    'a -boot order or once letter that no machine takes (outside a to p), or one given twice',
  'machine-smp-topology':
    'a -smp topology the machine cannot take: levels it lacks, a product other than maxcpus, ' +
    'maxcpus below cpus, more CPUs than the machine\'s cpu-max',
  'machine-board-boot':
    'a -boot value the x86 board refuses when it builds the machine (a PC boot letter, ' +
    'splash-time or reboot-timeout out of range)',
  'fw-cfg-item': 'a -fw_cfg item QEMU cannot add: no fw_cfg device, no or two contents, a ' +
    'long or duplicate name; a name outside opt/ (warning)',
  'log-item':
    'a -d log item QEMU does not know: it prints its list of items and exits with status 1',
  'log-file': 'a -D log file name with a % other than one %d, or without %d for the tid item',
  'netdev-member':
    'a -netdev member (QemuOpts form) that QEMU rejects when it creates the network backends',
  'audiodev-settings':
    'an -audiodev direction with fixed-settings off and a fixed setting, or without mixeng',
  'catalog-schema': 'a catalog file that does not match the catalog JSON Schema',
  'qmp-format': 'a file that is not a query-command-line-options reply',
  'hx-syntax': 'a qemu-options.hx file that does not follow the .hx format',
  'hx-unbalanced-rst': 'an SRST without ERST, or an ERST without SRST, in a .hx file',
  'hx-unbalanced-if': 'an #if without #endif, or an #endif/#else/#elif without #if, in a .hx file',
  'hx-unknown-macro': 'a macro between help literals in a .hx file whose value is not known',
  'hx-unknown-arch': 'an arch mask term in a .hx file that is not a QEMU_ARCH_* constant',
  'hx-orphan-doc': 'an rST block in a .hx file before any heading or DEF',
  'hx-synopsis-mismatch': 'a DEF help synopsis that disagrees with the option\'s doc synopsis',
  'hx-missing-doc': 'a DEF without an rST doc block',
  'invalid-user': 'a -run-with user= value with a colon that is not uid:gid',
  'unchecked-substitution':
    'a shell substitution ($VAR, $(…)) whose value is unknown, so unchecked',
  'unknown-reference': 'an ID that names a chardev, memory backend … no option defines',
  'required-parameter': 'a parameter that QEMU requires while reading the option is missing',
  'invalid-combination':
    'parameter values QEMU rejects together (pretty with HMP, maxmem, a chardev used twice)',
  'netdev-in-use': 'a -netdev that a NIC (an earlier -device, or its -nic/-net) already has',
  'id-conflict':
    'an ID or node name already taken, found when QEMU creates nodes, objects, netdevs',
  'monitor-char-driver': 'a -monitor or -qmp argument that is no chardev short form QEMU knows',
  'serial-char-driver':
    'a -serial, -parallel or -debugcon argument that is no chardev short form QEMU knows',
  'fsdev-driver': 'an -fsdev without an id or a driver, or with a driver QEMU does not have',
  'invalid-object-id': 'a JSON -object id that is not an identifier, found at its creation',
  'accel-property': 'an -accel property the accelerator lacks, cannot set, or refuses',
  'fsdev-local': 'a local -fsdev or -virtfs without a valid security_model, multidevs or path',
  'invalid-argument': 'an option argument QEMU refuses while reading the command line (-uuid)',
  'standard-stream-fd': 'an -add-fd descriptor that is standard input, output or error',
  'program-name': 'the program word names no QEMU emulator, or another target than asked',
  'no-qemu-command': 'a file or text in which no command runs a QEMU system emulator',
  'block-driver-option':
    'a -drive key that its block format or protocol driver does not take, or file and filename',
} as const;

/** A diagnostic code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
