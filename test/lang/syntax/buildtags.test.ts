import { strict as assert } from 'node:assert'
import { BuildConstraintError, evalGoBuild, readConstraints, shouldBuild } from '../../../src/lang/syntax/index.ts'

const tags = (...set: string[]) => (t: string) => set.includes(t)

describe('lang/syntax build constraints', () => {
  it('reads //go:build and // +build lines only from the file header', () => {
    const src = '// Copyright\n\n//go:build linux && !cgo\n// +build linux,!cgo\n\n/* block */\npackage p\n\n//go:build ignore\n'
    assert.deepEqual(readConstraints(src), { goBuild: 'linux && !cgo', plusBuild: ['linux,!cgo'] })
    assert.deepEqual(readConstraints('package p\n//go:build ignore\n'), { goBuild: null, plusBuild: [] })
    assert.deepEqual(readConstraints('\ufeff//go:build x\r\npackage p\r\n'), { goBuild: 'x', plusBuild: [] })
  })

  it('evaluates expressions with Go precedence (! over && over ||)', () => {
    assert.equal(evalGoBuild('a || b && c', tags('a')), true)
    assert.equal(evalGoBuild('(a || b) && c', tags('a')), false)
    assert.equal(evalGoBuild('!a && !(b || c)', tags()), true)
    assert.equal(evalGoBuild('go1.18 && amigo', tags('go1.18', 'amigo')), true)
    assert.throws(() => evalGoBuild('a &&', tags()), BuildConstraintError)
    assert.throws(() => evalGoBuild('a b', tags()), BuildConstraintError)
  })

  it('decides whether a file is built', () => {
    assert.equal(shouldBuild('//go:build ignore\n\npackage main\n', tags('amigo')), false)
    assert.equal(shouldBuild('package main\n', tags()), true)
    assert.equal(shouldBuild('// +build linux darwin\n// +build !cgo\n\npackage p\n', tags('darwin')), true)
    assert.equal(shouldBuild('// +build linux darwin\n// +build !cgo\n\npackage p\n', tags('darwin', 'cgo')), false)
    // //go:build wins over // +build
    assert.equal(shouldBuild('//go:build amigo\n// +build ignore\n\npackage p\n', tags('amigo')), true)
  })
})
