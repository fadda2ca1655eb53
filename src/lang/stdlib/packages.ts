/**
 * Registers lang-native's standard library packages (Go sources + natives) in the registry.
 * Imported by all.ts; each package folder's index.ts calls register().
 */
import './errors/index.ts'
import './io/index.ts'
import './os/index.ts'
import './strconv/index.ts'
import './math/index.ts'
import './math/bits/index.ts'
import './unicode/index.ts'
import './unicode/utf8/index.ts'
import './strings/index.ts'
import './bytes/index.ts'
import './sort/index.ts'
import './cmp/index.ts'
import './slices/index.ts'
import './maps/index.ts'
