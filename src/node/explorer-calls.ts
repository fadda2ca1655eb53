/**
 * The calls the explorer's forms make (src/web checks first that they come from its own page):
 * signed with a key of the repo (`<repo>/keys`, as `amigo call --key NAME` signs) and that key's
 * next nonce on local.land, then admitted like any signed call.
 */
import type { ServiceHost, CallReceipt } from '../api/index.ts'
import { signCall, encodeSignedCall } from '../store/calls/index.ts'
import { listKeys, loadKey } from './keys.ts'

/** The gas limit of a form's call: `amigo call`'s default. */
export const FORM_CALL_GAS = 10_000_000

export function explorerCalls (repo: string, services: ServiceHost): { keys: () => Promise<Array<{ name: string, address: string }>>, call: (key: string, path: string, func: string, args: string[]) => Promise<CallReceipt> } {
  return {
    async keys () {
      return (await listKeys(repo)).flatMap(k => 'address' in k ? [k] : [])
    },
    async call (keyName, path, func, args) {
      const key = await loadKey(repo, keyName)
      const nonce = ((await services.lastNonce(key.address)) ?? 0) + 1
      const signed = await signCall({ land: services.land, nonce, service: path, func, args, gas: FORM_CALL_GAS }, key.privateKey)
      return await services.call(encodeSignedCall(signed))
    }
  }
}
