/**
 * Every standard library package, by import path: one static table (no package registers itself
 * by being imported), which the registry looks paths up in.
 */
import type { StdPackage } from './package.ts'
import fmtPackage from './fmt/index.ts'
import errorsPackage from './errors/index.ts'
import ioPackage from './io/index.ts'
import osPackage from './os/index.ts'
import strconvPackage from './strconv/index.ts'
import mathPackage from './math/index.ts'
import mathBitsPackage from './math/bits/index.ts'
import mathCmplxPackage from './math/cmplx/index.ts'
import unicodePackage from './unicode/index.ts'
import unicodeUtf8Package from './unicode/utf8/index.ts'
import stringsPackage from './strings/index.ts'
import bytesPackage from './bytes/index.ts'
import sortPackage from './sort/index.ts'
import cmpPackage from './cmp/index.ts'
import slicesPackage from './slices/index.ts'
import mapsPackage from './maps/index.ts'
import encodingHexPackage from './encoding/hex/index.ts'
import encodingBase64Package from './encoding/base64/index.ts'
import encodingBinaryPackage from './encoding/binary/index.ts'
import hashPackage from './hash/index.ts'
import hashFnvPackage from './hash/fnv/index.ts'
import cryptoSha256Package from './crypto/sha256/index.ts'
import timePackage from './time/index.ts'
import iterPackage from './iter/index.ts'
import runtimePackage from './runtime/index.ts'
import amigoPackage from './amigo/index.ts'
import testingPackage from './testing/index.ts'
import pathPackage from './path/index.ts'
import pathFilepathPackage from './path/filepath/index.ts'
import bufioPackage from './bufio/index.ts'
import netUrlPackage from './net/url/index.ts'
import regexpPackage from './regexp/index.ts'

export const STD_PACKAGES: readonly StdPackage[] = [
  fmtPackage, errorsPackage, ioPackage, osPackage, strconvPackage, mathPackage,
  mathBitsPackage, mathCmplxPackage, unicodePackage, unicodeUtf8Package, stringsPackage, bytesPackage,
  sortPackage, cmpPackage, slicesPackage, mapsPackage, encodingHexPackage, encodingBase64Package,
  encodingBinaryPackage, hashPackage, hashFnvPackage, cryptoSha256Package, timePackage, iterPackage,
  runtimePackage, amigoPackage, testingPackage, pathPackage, pathFilepathPackage,
  bufioPackage, netUrlPackage, regexpPackage
]
