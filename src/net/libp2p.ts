// libp2p options for an Amigo node: loopback-friendly private DHT, gossipsub, TCP + WebSockets.
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { webSockets } from '@libp2p/websockets'
import { noise } from '@libp2p/noise'
import { yamux } from '@libp2p/yamux'
import { identify, identifyPush } from '@libp2p/identify'
import { ping } from '@libp2p/ping'
import { bootstrap } from '@libp2p/bootstrap'
import { kadDHT, passthroughMapper } from '@libp2p/kad-dht'
import type { KadDHT } from '@libp2p/kad-dht'
import { gossipsub, StrictNoSign } from '@libp2p/gossipsub'
import type { GossipSub } from '@libp2p/gossipsub'
import type { ComponentLogger, Libp2p, Metrics, PrivateKey } from '@libp2p/interface'
import type { Datastore } from 'interface-datastore'
import { DHT_DATASTORE_PREFIX, DHT_PROTOCOL } from './constants.ts'
import { NAME_NAMESPACE } from './names/record.ts'
import type { RecordRules } from './heads/index.ts'

export interface AmigoServices {
  identify: unknown
  identifyPush: unknown
  ping: unknown
  dht: KadDHT
  pubsub: GossipSub
}

export type AmigoLibp2p = Libp2p<AmigoServices & Record<string, unknown>>

export interface Libp2pInit {
  privateKey: PrivateKey
  datastore: Datastore
  listen: string[]
  bootstrap: string[]
  logger?: ComponentLogger
  metrics?: (components: any) => Metrics
  /** validation and selection of every record of the `amigo` namespace (names, lands, heads) */
  rules: RecordRules
  /** while true, every dial and every inbound connection is refused (a disconnected node) */
  refuseAll?: () => boolean
}

export async function createAmigoLibp2p (init: Libp2pInit): Promise<AmigoLibp2p> {
  const node = await createLibp2p({
    start: false,
    privateKey: init.privateKey,
    datastore: init.datastore,
    ...(init.logger != null ? { logger: init.logger } : {}),
    ...(init.metrics != null ? { metrics: init.metrics } : {}),
    addresses: { listen: init.listen },
    connectionGater: {
      // loopback addresses are ours to dial (the default gater refuses private addresses)
      denyDialMultiaddr: () => init.refuseAll?.() ?? false,
      denyDialPeer: () => init.refuseAll?.() ?? false,
      denyInboundConnection: () => init.refuseAll?.() ?? false,
      denyInboundEncryptedConnection: () => init.refuseAll?.() ?? false
    },
    connectionManager: {
      // every testnet peer connects from 127.0.0.1: the default limit of 5 inbound connections
      // per second per host resets bootstrap dials when a network starts. Local processes are
      // not a flood risk; other hosts keep the default limits.
      allow: ['/ip4/127.0.0.0/ipcidr/8', '/ip6/::1/ipcidr/128']
    },
    connectionMonitor: {
      // by default every connection is pinged every 10 s and closed when a ping is late: on a busy
      // machine that tore down healthy connections (and their DHT routing entries) in a loop. A
      // dead TCP peer is detected by the socket and yamux; the ping is only for RTT estimates.
      pingInterval: 30_000,
      abortConnectionOnPingFailure: false
    },
    transports: [tcp(), webSockets()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    peerDiscovery: init.bootstrap.length > 0 ? [bootstrap({ list: init.bootstrap, timeout: 0 })] : [],
    services: {
      identify: identify(),
      // tells connected peers when we start speaking a protocol after the first identify
      identifyPush: identifyPush(),
      ping: ping(),
      dht: kadDHT({
        protocol: DHT_PROTOCOL,
        datastorePrefix: DHT_DATASTORE_PREFIX,
        // 'auto' would stay a client until a public address is seen: never, on 127.0.0.1
        clientMode: false,
        // the default mapper drops private and loopback addresses, so no peer would enter the routing table
        peerInfoMapper: passthroughMapper,
        // a lone node (or one whose table is still empty) answers from its own store instead of hanging
        allowQueryWithZeroPeers: true,
        // fill the routing table soon after start instead of after the default 1 s
        initialQuerySelfInterval: 50,
        validators: { [NAME_NAMESPACE]: init.rules.validate },
        selectors: { [NAME_NAMESPACE]: init.rules.select }
      }),
      // every land message is signed by its author (protocols/gossip.md), so gossip's own signature
      // would only double the Ed25519 work; unsigned messages are named by the hash of their bytes,
      // which also drops a tx that two nodes publish
      pubsub: gossipsub({ emitSelf: false, allowPublishToZeroTopicPeers: true, globalSignaturePolicy: StrictNoSign })
    }
  })
  return node as unknown as AmigoLibp2p
}
