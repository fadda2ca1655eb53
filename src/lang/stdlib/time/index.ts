/**
 * Package time: Go source (duration.go, calendar.go, time.go, layout.go, zones.go) with natives for civil
 * dates, layouts (format and parse) and durations from src/lang/native/time. There is no clock:
 * programs get times from Unix/Date (services from the block time).
 *
 * @example
 * ```go
 * t := time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC)
 * fmt.Println(t.Format(time.RFC3339), 90*time.Second) // 2024-02-29T12:00:00Z 1m30s
 * ```
 */
import { sources, names } from './source.ts'
import * as tm from '../../native/time/index.ts'
import { strToBytes, bytesToStr } from '../../runtime/value.ts'

const num = (x: number | bigint): number => typeof x === 'number' ? x : Number(x)

export const natives = (): Record<string, (...a: any[]) => any> => ({
  'Duration.String': (d: bigint) => bytesToStr(new TextEncoder().encode(tm.durationString(d))),
  parseDuration: (s: string) => {
    const r = tm.parseDuration(strToBytes(s))
    return [r.value, r.err ?? '']
  },
  daysFromCivil: (year: number | bigint, month: number | bigint) => BigInt(tm.daysFromCivil(num(year), num(month), 1)),
  civil: (unix: bigint, offset: number | bigint) => {
    const c = tm.civil({ sec: unix, nsec: 0, zone: { name: '', offset: num(offset) } })
    return [c.year, c.month, c.day, c.yday, c.weekday, c.hour, c.minute, c.second]
  },
  timeMod: (sec: bigint, nsec: number, d: bigint) => {
    const t = sec * 1000000000n + BigInt(nsec)
    return ((t % d) + d) % d
  },
  format: (unix: bigint, nsec: number, zone: string, offset: number | bigint, layout: string) => {
    const off = num(offset)
    return tm.formatLayout(layout, nsec, zone, off, () => tm.civil({ sec: unix, nsec, zone: { name: '', offset: off } }))
  },
  quote: (s: string) => tm.quote(s),
  parse: (layout: string, value: string, p: Record<string, any>) => {
    const r = tm.parseLayout(layout, value)
    if ('layoutElem' in r) {
      p.failed = true; p.layoutElem = r.layoutElem; p.valueElem = r.valueElem; p.message = r.message
      return
    }
    p.year = r.year; p.month = r.month; p.day = r.day; p.hour = r.hour; p.min = r.min; p.sec = r.sec; p.nsec = r.nsec
    p.utc = r.utc; p.hasOffset = r.hasOffset; p.offset = r.offset; p.zoneName = r.zoneName
  }
})

export default ({ path: 'time', source: sources, names, natives })
