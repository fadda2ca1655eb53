/**
 * `npm run bench [-- --only NAME[,NAME]] [--no-yaegi] [--timeout SECONDS]`: the interpreter benchmark.
 *
 * Runs every program of scripts/bench/*.go three ways, one process each, one after the other:
 *  - `node bin/amigo.js run X.go`: the real CLI on the compiled dist (`npm run build` runs first);
 *  - the native binary, built once with `go build` and cached by source hash in a temp folder;
 *  - `yaegi run X.go` when yaegi is installed (slow on some programs: cut at --timeout, shown `>120`).
 * Checks that every output agrees with native Go's, and prints a table: seconds, amigo/go and
 * amigo/yaegi ratios, peak RSS (GNU time's %M) and the geometric mean; then the start-up time of
 * `amigo run hello.go`.
 *
 * Bars (issue 2): every program faster than yaegi; geometric mean within 10x of native Go.
 * Exit code 1 when amigo failed or printed a different output on some program, 2 on a usage error.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = join(root, 'scripts', 'bench')
const amigoBin = join(root, 'bin', 'amigo.js')
const gnuTime = '/usr/bin/time'

interface Options { only: string[], yaegi: boolean, timeoutS: number }

function parseArgs (argv: string[]): Options | string {
  const o: Options = { only: [], yaegi: true, timeoutS: 120 }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--no-yaegi') o.yaegi = false
    else if (a === '--only' && argv[i + 1] !== undefined) o.only.push(...argv[++i].split(',').map(s => s.replace(/\.go$/, '')))
    else if (a.startsWith('--only=')) o.only.push(...a.slice(7).split(',').map(s => s.replace(/\.go$/, '')))
    else if (a === '--timeout' && argv[i + 1] !== undefined) o.timeoutS = Number(argv[++i])
    else return `unknown argument ${a}`
  }
  if (!(o.timeoutS > 0)) return '--timeout needs a positive number of seconds'
  return o
}

interface Run {
  ok: boolean
  seconds: number
  timedOut: boolean
  rssKB?: number
  stdout: string
  stderr: string
  code: number | null
}

function has (cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' })
  return r.error === undefined && r.status === 0
}

/** GNU time writes the peak RSS to a file of ours, so that the program's stderr stays its own. */
const timeWorks = existsSync(gnuTime) && has(gnuTime, ['-f', '%M', '-o', '/dev/null', 'true'])

async function measure (cmd: string, args: string[], timeoutS: number, cwd: string): Promise<Run> {
  const rssFile = join(tmpdir(), `amigo-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`)
  const [file, argv] = timeWorks ? [gnuTime, ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args]
  return await new Promise(resolve => {
    const start = performance.now()
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      // The process group: GNU time and the program under it.
      try { process.kill(-(child.pid ?? 0), 'SIGKILL') } catch { child.kill('SIGKILL') }
    }, timeoutS * 1000)
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', e => { err.push(Buffer.from(String(e))) })
    child.on('close', code => {
      clearTimeout(timer)
      const seconds = (performance.now() - start) / 1000
      let rssKB: number | undefined
      if (timeWorks && existsSync(rssFile)) {
        const m = /(\d+)\s*$/.exec(readFileSync(rssFile, 'utf8'))
        if (m !== null && !timedOut) rssKB = Number(m[1])
        rmSync(rssFile, { force: true })
      }
      const stderr = Buffer.concat(err).toString('utf8').replace(/^Command (exited with non-zero status|terminated by signal) .*\n/m, '')
      resolve({ ok: code === 0 && !timedOut, seconds, timedOut, rssKB, stdout: Buffer.concat(out).toString('utf8'), stderr, code })
    })
  })
}

/** Native binaries are built once per source content and kept in the temp folder. */
function buildNative (file: string, cacheDir: string): string | Error {
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16)
  const bin = join(cacheDir, `${basename(file, '.go')}-${hash}`)
  if (existsSync(bin)) return bin
  const r = spawnSync('go', ['build', '-o', bin, basename(file)], { cwd: dirname(file), encoding: 'utf8' })
  if (r.error !== undefined) return r.error
  if (r.status !== 0) return new Error(r.stderr.trim())
  return bin
}

const fmtS = (r: Run | undefined, timeoutS: number): string =>
  r === undefined ? '-' : r.timedOut ? `>${timeoutS}` : r.ok ? r.seconds.toFixed(2) : 'fail'
const fmtRatio = (x: number | undefined): string => x === undefined ? '-' : x >= 100 ? x.toFixed(0) + 'x' : x.toFixed(x >= 10 ? 1 : 2) + 'x'
const fmtMB = (r: Run | undefined): string => r?.rssKB === undefined ? '-' : (r.rssKB / 1024).toFixed(0)
const firstLine = (s: string): string => s.trim().split('\n')[0]?.slice(0, 160) ?? ''

function geomean (xs: number[]): number | undefined {
  if (xs.length === 0) return undefined
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length)
}

function table (rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)))
  return rows.map((r, i) => {
    const line = r.map((cell, c) => c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])).join('  ')
    return i === 0 ? `${line}\n${widths.map(w => '-'.repeat(w)).join('  ')}` : line
  }).join('\n')
}

async function main (argv: string[]): Promise<number> {
  const opts = parseArgs(argv)
  if (typeof opts === 'string') {
    process.stderr.write(`bench: ${opts}\nusage: npm run bench [-- --only NAME[,NAME]] [--no-yaegi] [--timeout SECONDS]\n`)
    return 2
  }
  let programs = readdirSync(benchDir).filter(f => f.endsWith('.go')).sort()
  if (opts.only.length > 0) {
    const unknown = opts.only.filter(n => !programs.includes(n + '.go'))
    if (unknown.length > 0) {
      process.stderr.write(`bench: no program ${unknown.join(', ')} in scripts/bench (have ${programs.map(p => p.replace(/\.go$/, '')).join(', ')})\n`)
      return 2
    }
    programs = programs.filter(p => opts.only.includes(p.replace(/\.go$/, '')))
  }

  const goVersion = spawnSync('go', ['version'], { encoding: 'utf8' })
  if (goVersion.error !== undefined || goVersion.status !== 0) {
    process.stderr.write('bench: `go` is not installed (apt-get install golang-go): no reference to compare with\n')
    return 1
  }
  const yaegi = opts.yaegi && has('yaegi', ['version'])
  const yaegiVersion = yaegi ? spawnSync('yaegi', ['version'], { encoding: 'utf8' }).stdout.trim() : ''
  process.stdout.write(`machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; ` +
    `${goVersion.stdout.trim()}; ${yaegi ? `yaegi ${yaegiVersion}` : 'yaegi not used'}; peak RSS ${timeWorks ? 'from GNU time' : 'not measured (no GNU time)'}\n`)

  process.stdout.write('building amigo (npm run build)…\n')
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' })
  const amigoBuilt = build.status === 0
  if (!amigoBuilt) process.stdout.write(`amigo: npm run build failed, amigo runs will fail too:\n${(build.stdout + build.stderr).trim().split('\n').slice(-8).join('\n')}\n`)

  const cacheDir = join(tmpdir(), 'amigo-bench-go-cache')
  mkdirSync(cacheDir, { recursive: true })

  const rows: string[][] = [['program', 'amigo 1st s', 'amigo s', 'go s', 'yaegi s', 'amigo/go', 'amigo/yaegi', '1st/yaegi', 'RSS MB amigo', 'go', 'yaegi', 'output']]
  const ratiosFirstYaegi: number[] = []
  let firstFasterThanYaegi = 0
  const notes: string[] = []
  const ratiosGo: number[] = []
  const ratiosYaegi: number[] = []
  const goTimes: number[] = []
  const yaegiTimes: number[] = []
  let amigoFailures = 0
  let fasterThanYaegi = 0
  let comparedWithYaegi = 0

  for (const prog of programs) {
    const file = join(benchDir, prog)
    const name = prog.replace(/\.go$/, '')
    const bin = buildNative(file, cacheDir)
    if (bin instanceof Error) {
      notes.push(`${name}: go build failed: ${firstLine(bin.message)}`)
      rows.push([name, '-', '-', 'fail', '-', '-', '-', '-', '-', '-', '-', 'no reference'])
      continue
    }
    process.stdout.write(`running ${name}…\n`)
    const native = await measure(bin, [], opts.timeoutS, benchDir)
    // the first run compiles (and fills the compile cache, as `go run` fills Go's build cache);
    // the second runs the cached program: the ratios use it, the table shows both
    const first = await measure(process.execPath, [amigoBin, 'run', prog], opts.timeoutS, benchDir)
    const amigo = first.ok ? await measure(process.execPath, [amigoBin, 'run', prog], opts.timeoutS, benchDir) : first
    const yae = yaegi ? await measure('yaegi', ['run', prog], opts.timeoutS, benchDir) : undefined

    const verdicts: string[] = []
    if (!native.ok) notes.push(`${name}: native Go failed: ${firstLine(native.stderr)}`)
    if (!amigo.ok) {
      amigoFailures++
      verdicts.push('amigo fails')
      notes.push(`${name}: amigo ${amigo.timedOut ? `timed out after ${opts.timeoutS} s` : `exited ${String(amigo.code)}`}: ${firstLine(amigo.stderr) || firstLine(amigo.stdout)}`)
    } else if (amigo.stdout !== native.stdout) {
      amigoFailures++
      verdicts.push('AMIGO DIFFERS')
      notes.push(`${name}: amigo printed ${JSON.stringify(firstLine(amigo.stdout))}, go printed ${JSON.stringify(firstLine(native.stdout))}`)
    }
    if (yae !== undefined && yae.ok && yae.stdout !== native.stdout) {
      verdicts.push('yaegi differs')
      notes.push(`${name}: yaegi printed ${JSON.stringify(firstLine(yae.stdout))}, go printed ${JSON.stringify(firstLine(native.stdout))}`)
    } else if (yae !== undefined && !yae.ok && !yae.timedOut) {
      verdicts.push('yaegi fails')
      notes.push(`${name}: yaegi exited ${String(yae.code)}: ${firstLine(yae.stderr)}`)
    }

    const amigoGood = amigo.ok && amigo.stdout === native.stdout
    const rGo = amigoGood && native.ok ? amigo.seconds / native.seconds : undefined
    // A yaegi timeout still bounds the ratio from above (`<`): amigo took that long at most compared to it.
    const rYaegi = amigoGood && yae !== undefined && (yae.ok || yae.timedOut) ? amigo.seconds / yae.seconds : undefined
    if (native.ok) goTimes.push(native.seconds)
    if (yae?.ok === true) yaegiTimes.push(yae.seconds)
    if (rGo !== undefined) ratiosGo.push(rGo)
    const rFirst = rYaegi !== undefined && yae !== undefined ? first.seconds / yae.seconds : undefined
    if (rYaegi !== undefined) {
      ratiosYaegi.push(rYaegi)
      comparedWithYaegi++
      if (rYaegi < 1) fasterThanYaegi++
    }
    if (rFirst !== undefined) {
      ratiosFirstYaegi.push(rFirst)
      if (rFirst < 1) firstFasterThanYaegi++
    }
    rows.push([
      name, fmtS(first, opts.timeoutS), fmtS(amigo, opts.timeoutS), fmtS(native, opts.timeoutS), fmtS(yae, opts.timeoutS),
      fmtRatio(rGo), (yae?.timedOut === true && rYaegi !== undefined ? '<' : '') + fmtRatio(rYaegi),
      (yae?.timedOut === true && rFirst !== undefined ? '<' : '') + fmtRatio(rFirst),
      fmtMB(amigo), fmtMB(native), fmtMB(yae), verdicts.length === 0 ? 'agree' : verdicts.join(', ')
    ])
  }
  const gmGo = geomean(goTimes)
  const gmYaegi = geomean(yaegiTimes)
  rows.push(['geomean', '-', '-', gmGo === undefined ? '-' : gmGo.toFixed(3), gmYaegi === undefined ? '-' : gmYaegi.toFixed(2),
    fmtRatio(geomean(ratiosGo)), fmtRatio(geomean(ratiosYaegi)), fmtRatio(geomean(ratiosFirstYaegi)), '', '', '', ''])
  process.stdout.write('\n' + table(rows) + '\n')
  process.stdout.write('("amigo 1st" compiles and fills the compile cache; "amigo" runs the cached program, as a second `go run` would; ' +
    'seconds are whole-process wall time; geomean of the yaegi column counts finished runs only; ' +
    `ratios only where amigo printed Go's output; "<" = yaegi cut at ${opts.timeoutS} s)\n`)

  // Start-up: a hello world through the real CLI.
  const helloDir = mkdtempSync(join(tmpdir(), 'amigo-bench-hello-'))
  writeFileSync(join(helloDir, 'hello.go'), 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, amigo")\n}\n')
  const hellos: Run[] = []
  for (let i = 0; i < 3; i++) hellos.push(await measure(process.execPath, [amigoBin, 'run', 'hello.go'], 30, helloDir))
  rmSync(helloDir, { recursive: true, force: true })
  const bestHello = hellos.filter(h => h.ok && h.stdout === 'hello, amigo\n').sort((a, b) => a.seconds - b.seconds)[0]
  if (bestHello !== undefined) process.stdout.write(`amigo run hello.go: ${bestHello.seconds.toFixed(3)} s (best of 3; target < 0.3 s), peak RSS ${fmtMB(bestHello)} MB\n`)
  else process.stdout.write(`amigo run hello.go: fails: ${firstLine(hellos[0].stderr) || firstLine(hellos[0].stdout) || `exit ${String(hellos[0].code)}`}\n`)

  if (notes.length > 0) process.stdout.write('\nnotes:\n' + notes.map(n => '  ' + n).join('\n') + '\n')
  const gm = geomean(ratiosGo)
  process.stdout.write(`\nbars: every program faster than yaegi: ${comparedWithYaegi === 0 ? 'not measured' : `${fasterThanYaegi}/${comparedWithYaegi} (first runs, compiling: ${firstFasterThanYaegi}/${comparedWithYaegi})`}; ` +
    `geomean within 10x of native Go: ${gm === undefined ? 'not measured' : `${gm.toFixed(2)}x ${gm <= 10 ? '(met)' : '(not met)'}`}` +
    `${amigoFailures > 0 ? `; amigo failed or differed on ${amigoFailures}/${programs.length} program(s)` : ''}\n`)
  return amigoFailures > 0 || !amigoBuilt ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
