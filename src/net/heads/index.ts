/**
 * Land records (land name → genesis CID) and head records (a land's latest final height, state
 * root and certificate) in the DHT, checked against the genesis they name (protocols/heads.md).
 */
export {
  LAND_RECORD_MAX_SIZE, HEAD_RECORD_MAX_SIZE, landKey, headKey, createLandRecord, encodeLandRecord, encodeHeadRecord,
  decodeLandRecord, decodeHeadRecord, validateLandRecord, validateHeadRecord, headRecordOf, compareHeadRecords, compareLandRecords,
  type LandRecord, type HeadRecord, type CheckedGenesis, type GenesisSource
} from './record.ts'
export { createGenesisCache, GENESIS_FETCH_MS, type GenesisCache } from './genesis-source.ts'
export { recordRules, type RecordRules } from './rules.ts'
export { Heads, HEAD_PUBLISH_INTERVAL_MS, type HeadApi, type HeadsInit, type ResolvedLand, type ResolvedHead } from './heads.ts'
