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
      // published coefficients keep the digits their source prints, beyond what a float64 holds
      '@typescript-eslint/no-loss-of-precision': 'off',
      // `void promise` marks a deliberately unawaited promise
      'no-void': ['error', { allowAsStatement: true }]
    }
  }
]
