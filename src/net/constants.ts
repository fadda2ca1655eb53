// Protocol ids: the node's own DHT (never the public IPFS one) and the standard bitswap.
export const DHT_PROTOCOL = '/amigo/kad/1.0.0'
export const BITSWAP_PROTOCOL = '/ipfs/bitswap/1.2.0'
/** kad-dht keeps records under this datastore prefix (+ '/record') */
export const DHT_DATASTORE_PREFIX = '/dht'
