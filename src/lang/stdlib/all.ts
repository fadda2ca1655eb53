/**
 * Loads every standard library package into the registry: fmt (here), lang-native's packages
 * (packages.ts), then bootstrap fallbacks for any package still missing.
 */
import './fmt/index.ts'
import './packages.ts'
import './bootstrap.ts'
import './amigo/index.ts'
