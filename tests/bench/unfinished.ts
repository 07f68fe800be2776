import { LOADER_DROPPED } from '../../scripts/loaderRetry'

/**
 * A bench that stops before its end without an error was cut short by tsx's loader dropping one of
 * its imports (scripts/loaderRetry.ts): Node then ends with 0 and nothing printed. This gives such
 * an end the loader's exit code, so `npm run bench` (tests/bench/run.ts) runs the bench again.
 * Call the function it returns once the bench has printed its figures.
 */
export function markUnfinished(): () => void {
  let finished = false
  process.on('exit', (code) => {
    if (finished || code !== 0) return
    console.error('[bench] ended before its figures (an import was dropped)')
    process.exitCode = LOADER_DROPPED
  })
  return () => {
    finished = true
  }
}
