import { strict as assert } from 'node:assert'
import { DEFAULT_CONFIG, resolveConfig, resolveRepoPath, parseApiAddress, ConfigError } from '../../src/node/config.ts'

describe('node config', () => {
  it('gives the defaults when no layer sets anything', () => {
    const { config, sources } = resolveConfig({})
    assert.deepEqual(config, DEFAULT_CONFIG)
    assert.equal(sources.api, 'default')
  })

  it('takes flags over environment over file over defaults, setting by setting', () => {
    const file = { api: '127.0.0.1:1111', listen: ['/ip4/127.0.0.1/tcp/1'], offline: true, logLevel: 'warn' }
    const env = { AMIGO_API: '127.0.0.1:2222', AMIGO_LISTEN: '/ip4/127.0.0.1/tcp/2,/ip4/127.0.0.1/tcp/3/ws' }
    const flags = { api: '127.0.0.1:3333' }
    const { config, sources } = resolveConfig({ flags, env, file })
    assert.equal(config.api, '127.0.0.1:3333')
    assert.equal(sources.api, 'flag')
    assert.deepEqual(config.listen, ['/ip4/127.0.0.1/tcp/2', '/ip4/127.0.0.1/tcp/3/ws'])
    assert.equal(sources.listen, 'env')
    assert.equal(config.offline, true)
    assert.equal(sources.offline, 'file')
    assert.equal(config.logLevel, 'warn')
    assert.deepEqual(config.bootstrap, DEFAULT_CONFIG.bootstrap)
    assert.equal(sources.bootstrap, 'default')
  })

  it('lets a flag turn off what the environment turned on', () => {
    const { config } = resolveConfig({ flags: { offline: false }, env: { AMIGO_OFFLINE: 'true' } })
    assert.equal(config.offline, false)
    assert.equal(resolveConfig({ env: { AMIGO_OFFLINE: '1' } }).config.offline, true)
    assert.equal(resolveConfig({ env: { AMIGO_OFFLINE: 'no' } }).config.offline, false)
  })

  it('reads log level and bootstrap from the environment; an empty AMIGO_BOOTSTRAP means none', () => {
    const file = { bootstrap: ['/ip4/10.0.0.1/tcp/4681/p2p/12D3KooWAbc'] }
    assert.deepEqual(resolveConfig({ file, env: { AMIGO_BOOTSTRAP: '' } }).config.bootstrap, [])
    const { config } = resolveConfig({ file, env: { AMIGO_LOG_LEVEL: 'debug', AMIGO_BOOTSTRAP: 'lists/testnet.json' } })
    assert.equal(config.logLevel, 'debug')
    assert.deepEqual(config.bootstrap, ['lists/testnet.json'])
  })

  it('merges nested sections key by key', () => {
    const { config } = resolveConfig({ file: { limits: { fetchTimeoutMs: 500 } } })
    assert.equal(config.limits.fetchTimeoutMs, 500)
    assert.equal(config.limits.maxBlockBytes, DEFAULT_CONFIG.limits.maxBlockBytes)
    assert.equal(DEFAULT_CONFIG.limits.fetchTimeoutMs, 10_000, 'defaults are not mutated')
  })

  it('takes the load limits from the file: disk reserve, memory ceiling, open-query bounds', () => {
    const { config } = resolveConfig({ file: { limits: { minFreeBytes: 0, maxRssBytes: 1_000_000_000, maxQueuedQueries: 1 } } })
    assert.equal(config.limits.minFreeBytes, 0)
    assert.equal(config.limits.maxRssBytes, 1_000_000_000)
    assert.equal(config.limits.maxQueuedQueries, 1)
    assert.equal(config.limits.openQueriesPerClient, DEFAULT_CONFIG.limits.openQueriesPerClient)
  })

  it('rejects bad values with the layer and the setting in the message', () => {
    const cases: Array<[Parameters<typeof resolveConfig>[0], RegExp]> = [
      [{ flags: { logLevel: 'loud' } }, /--log-level.*"loud"/],
      [{ env: { AMIGO_OFFLINE: 'maybe' } }, /AMIGO_OFFLINE/],
      [{ env: { AMIGO_API: '0.0.0.0:80' } }, /AMIGO_API.*loopback/],
      [{ flags: { api: 'nonsense' } }, /--api.*host:port/],
      [{ flags: { listen: ['tcp:4001'] } }, /--listen.*not a multiaddr/],
      [{ file: { apii: 'x' } }, /unknown setting "apii"/],
      [{ file: { limits: { maxBlockBytes: 'big' } } }, /limits.maxBlockBytes.*number/],
      [{ file: { limits: { speed: 1 } } }, /unknown setting "limits.speed"/],
      [{ file: { limits: { minFreeBytes: -1 } } }, /limits.minFreeBytes.*non-negative/],
      [{ file: { limits: { maxRssBytes: '2G' } } }, /limits.maxRssBytes.*number/],
      [{ file: [1, 2] }, /JSON object/],
      [{ file: { offline: 'yes' } }, /"offline" must be true or false/]
    ]
    for (const [layers, message] of cases) {
      assert.throws(() => resolveConfig(layers), (err: unknown) => err instanceof ConfigError && err.code === 'ERR_BAD_CONFIG' && message.test(err.message), JSON.stringify(layers))
    }
  })

  it('ignores "$comment" keys in the file', () => {
    assert.deepEqual(resolveConfig({ file: { $comment: 'hello', api: '127.0.0.1:9' } }).config.api, '127.0.0.1:9')
  })

  it('finds the repo: --repo over AMIGO_PATH over ~/.amigo', () => {
    assert.equal(resolveRepoPath({}, {}, '/home/u'), '/home/u/.amigo')
    assert.equal(resolveRepoPath({}, { AMIGO_PATH: '/srv/amigo' }, '/home/u'), '/srv/amigo')
    assert.equal(resolveRepoPath({ repo: '/r' }, { AMIGO_PATH: '/srv/amigo' }, '/home/u'), '/r')
    assert.equal(resolveRepoPath({ repo: '~/n1' }, {}, '/home/u'), '/home/u/n1')
    assert.equal(resolveRepoPath({ repo: 'rel' }, {}, '/home/u', '/work'), '/work/rel')
  })

  it('parses API addresses with and without a scheme', () => {
    assert.deepEqual(parseApiAddress('127.0.0.1:4680'), { host: '127.0.0.1', port: 4680 })
    assert.deepEqual(parseApiAddress('http://localhost:0/'), { host: 'localhost', port: 0 })
    assert.deepEqual(parseApiAddress('[::1]:5'), { host: '::1', port: 5 })
    assert.throws(() => parseApiAddress('127.0.0.1:99999'), ConfigError)
  })
})
