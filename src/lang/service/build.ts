import type { ServiceBuildInput, ServiceBuildResult } from './types.ts'

/** Builds a service or library package with its land imports (see protocols/services.md). */
export function buildService (input: ServiceBuildInput): ServiceBuildResult {
  void input
  throw new Error('buildService: not implemented yet')
}
