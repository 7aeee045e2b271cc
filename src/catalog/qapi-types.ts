/**
 * The QAPI types QEMU's input visitor reads option arguments with (`-blockdev`, `-object`,
 * `-netdev`, `-audiodev`, `-compat`, `-display` …), per sampled release, as facts taken from
 * QEMU's schema (`catalog/qapi-types.json`, made by `scripts/extract-qapi-types.ts`).
 *
 * The JSON form is described by `schemas/qapi-types.schema.json`; a test checks that these
 * types agree with it. Only names, member types, optionality, enum values, conditions and
 * the `deprecated` feature are kept: no QAPI doc text.
 *
 * @module
 */
import type { Condition, QemuVersion } from './types.js';

/** What kind of definition a QAPI type is. */
export type QapiTypeKind = 'struct' | 'union' | 'alternate' | 'enum';

/** All the QAPI types the checked options reach, per release. */
export interface QapiTypeCatalog {
  /** The schema file, for editors. */
  $schema?: string;
  /** The releases the facts come from, oldest first. */
  releases: QemuVersion[];
  /** Option name (without its dash) -> the QAPI type its argument is read as. */
  roots: Record<string, string>;
  /** Type name -> its definitions, each for the releases that share it. */
  types: Record<string, QapiTypeVersion[]>;
}

/** One definition of a type, shared by `releases`. */
export interface QapiTypeVersion {
  /** The sampled releases with exactly this definition. */
  releases: QemuVersion[];
  /** What kind of type it is. */
  kind: QapiTypeKind;
  /** The build condition the whole type exists under. */
  if?: Condition;
  /** Struct and union: the named base struct whose members come first. */
  base?: string;
  /** Struct and union: own members (a union's inline base), in schema order. */
  members?: QapiMember[];
  /** Union: the base member whose enum value selects the variant. */
  discriminator?: string;
  /** Union: discriminator value -> struct; alternate: the branches. */
  variants?: QapiVariant[];
  /** Enum: its values, in schema order. */
  values?: QapiEnumValue[];
}

/** A struct member. */
export interface QapiMember {
  /** The member name (without QAPI's `*` mark of optional members). */
  name: string;
  /** A built-in type (`str`, `int`, `uint8`, `size`, `bool`, `any` …) or a type name. */
  type: string;
  /** Whether the member holds a list of `type`. */
  list?: boolean;
  /** Whether the member may be left out. */
  optional?: boolean;
  /** The build condition the member exists under. */
  if?: Condition;
  /** Whether QEMU marks the member deprecated. */
  deprecated?: boolean;
}

/** A union variant (named by its discriminator value) or an alternate's branch. */
export interface QapiVariant {
  /** The discriminator value, or the branch name. */
  name: string;
  /** The branch's type. */
  type: string;
  /** Whether the branch is a list of `type` (alternates only). */
  list?: boolean;
  /** The build condition the variant exists under. */
  if?: Condition;
}

/** An enum value. */
export interface QapiEnumValue {
  /** The value as written on the command line. */
  name: string;
  /** The build condition the value exists under. */
  if?: Condition;
  /** Whether QEMU marks the value deprecated. */
  deprecated?: boolean;
}
