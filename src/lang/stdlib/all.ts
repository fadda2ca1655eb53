/**
 * Loads every standard library package into the registry: fmt (here), lang-native's packages
 * (packages.ts), runtime, amigo and testing.
 */
import './fmt/index.ts'
import './packages.ts'
import './runtime/index.ts'
import './amigo/index.ts'
import './testing/index.ts'
