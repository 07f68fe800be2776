/**
 * A request that failed: `status` is the HTTP status, 0 when no answer came (offline, server down);
 * `reason` is the server's readable message, when it gave one.
 */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly reason: string | null,
  ) {
    super(message)
    this.name = 'RequestError'
  }
}

/** Whether the request got no answer at all (as opposed to a refusal). */
export const isUnreachable = (error: unknown) => error instanceof RequestError && error.status === 0
