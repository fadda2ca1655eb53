/**
 * The unicode functions that the Go sources of strings and bytes declare body-less (as uIsDigit,
 * uToUpper…) so they need not import package unicode; one table, bound by both packages.
 */
import { toUpper, toLower, toTitle, isDigit, isLetter, isSpace, simpleFold } from '../native/unicode/index.ts'

export const unicodeNatives = {
  uIsDigit: isDigit,
  uIsLetter: isLetter,
  uIsSpace: isSpace,
  uSimpleFold: simpleFold,
  uToLower: toLower,
  uToTitle: toTitle,
  uToUpper: toUpper
}
