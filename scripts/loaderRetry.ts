/**
 * Node's exit code for a top-level await that never settled. Under Node 20, tsx resolves and
 * compiles on a loader thread, and under load it was seen to drop an import of a script's module
 * graph now and then (one run in four on a busy machine, several in a row seen in CI): the script
 * ends with 13 before it did anything. Such a run is started again; the scripts run this way (migrate, seed, test
 * database setup, drift check) are idempotent.
 */
export const LOADER_DROPPED = 13
export const ATTEMPTS = 10

/** Runs `attempt` again while it ends with LOADER_DROPPED, ATTEMPTS times at most. */
export async function retryDroppedLoads(attempt: () => Promise<number>, say: (line: string) => void): Promise<number> {
  for (let i = 1; ; i++) {
    const code = await attempt()
    if (code !== LOADER_DROPPED || i >= ATTEMPTS) return code
    say(`exit code ${LOADER_DROPPED} before the script started (tsx's loader dropped an import): running it again`)
  }
}

/** The same for a synchronous run: `attempt` throws an error carrying the exit `status`. */
export function retryDroppedLoadsSync<T>(attempt: () => T): T {
  for (let i = 1; ; i++) {
    try {
      return attempt()
    } catch (error) {
      if ((error as { status?: number }).status !== LOADER_DROPPED || i >= ATTEMPTS) throw error
      console.error(`exit code ${LOADER_DROPPED} before the script started (attempt ${i}): running it again`)
    }
  }
}
