import { format, civil, durationString, parseDuration } from '../../../src/lang/native/time/index.ts'
import { fixtureLines, unhex, hex, checkAll } from './fixtures.ts'

const lines = fixtureLines('time.txt')

describe('native time against Go 1.19', () => {
  it('Time.Format with every layout element, UTC and fixed zones; civil fields', () => {
    checkAll(lines.filter(l => l[0] === 'F'), ([, sec, ns, off, name, layout, want, y, mo, d, yd, wd]) => {
      const t = { sec: BigInt(sec), nsec: Number(ns), zone: { name: new TextDecoder().decode(unhex(name)), offset: Number(off) } }
      const got = hex(format(t, unhex(layout)))
      const c = civil(t)
      const fields = [c.year, c.month, c.day, c.yday, c.weekday].join(' ')
      return got === want && fields === [y, mo, d, yd, wd].join(' ') ? undefined : `Format(${sec}, ${new TextDecoder().decode(unhex(layout))}) = ${new TextDecoder().decode(unhex(got))} ${fields}, Go: ${new TextDecoder().decode(unhex(want))} ${[y, mo, d, yd, wd].join(' ')}`
    })
  })

  it('Duration.String', () => {
    checkAll(lines.filter(l => l[0] === 'D'), ([, d, want]) => durationString(BigInt(d)) === want ? undefined : `Duration(${d}) = ${durationString(BigInt(d))}, Go: ${want}`)
  })

  it('ParseDuration with Go errors', () => {
    checkAll(lines.filter(l => l[0] === 'PD'), ([, s, d, err]) => {
      const r = parseDuration(unhex(s))
      const gotErr = r.err === undefined ? '-' : hex(new TextEncoder().encode(r.err))
      return String(r.value) === d && gotErr === err ? undefined : `ParseDuration(${JSON.stringify(new TextDecoder().decode(unhex(s)))}) = ${r.value} ${r.err}, Go: ${d} ${err === '-' ? '' : new TextDecoder().decode(unhex(err))}`
    })
  })
})
