// One dialect for the whole repository: JavaScript Standard Style for TypeScript (neostandard),
// checked by `npm run lint`, which `npm test` runs. The exceptions below are deliberate.
import neostandard from 'neostandard'

export default [
  ...neostandard({
    ts: true,
    // generated files are never edited by hand (scripts/gen-*.ts write them)
    ignores: ['dist/**', 'node_modules/**', 'src/lang/stdlib/**/source.ts', 'src/lang/native/unicode/tables.ts']
  }),
  {
    rules: {
      // the parser and the checker leave a labelled block early (`fail: { … break fail }`), as Go code does
      'no-labels': 'off',
      // Go source inside template literals is indented with tabs, as gofmt writes it
      '@stylistic/no-tabs': 'off',
      // `x !== x` is the NaN test in hot numeric paths
      'no-self-compare': 'off',
      // `void promise` marks a deliberately unawaited promise
      'no-void': ['error', { allowAsStatement: true }],
      // compiled Go builds struct values with `new t.ctor()` from runtime type descriptors
      'new-cap': ['error', { newIsCap: true, capIsNew: false, properties: false }],
      // loops whose condition a callback or a called function changes are common here and flagged wrongly
      'no-unmodified-loop-condition': 'off'
    }
  },
  {
    files: ['**/*.ts'],
    rules: {
      // published coefficients keep the digits their source prints, beyond what a float64 holds
      '@typescript-eslint/no-loss-of-precision': 'off',
      // TypeScript reports real redeclarations; a module may alias an enum's value and type (`const Tok = …; type Tok = …`)
      '@typescript-eslint/no-redeclare': 'off',
      // TypeScript itself refuses a use in a variable's temporal dead zone; a use inside a function that
      // runs later (the checker's mutual recursion, constants below their users) is fine
      '@typescript-eslint/no-use-before-define': 'off',
      // `_name` says a binding is unused on purpose (`for await (const _ of …) n++`)
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }]
    }
  }
]
