'use client'
import { useCallback, useEffect, useState } from 'react'

import { isUnreachable } from './request'

/**
 * Runs the steps a page takes on the server (a POST, a PATCH), one at a time: `busy` while one
 * runs, and the last failure's message in `error` until a step succeeds or `data` (what the page
 * read) changes. `run` resolves to whether the step succeeded.
 */
export function useApiAction(unreachable: string, data?: unknown) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => setError(null), [data])

  const run = useCallback(
    async (step: () => Promise<unknown>, onRefused?: (message: string) => void) => {
      setBusy(true)
      try {
        await step()
        setError(null)
        return true
      } catch (caught) {
        const message = isUnreachable(caught) ? unreachable : (caught as Error).message
        setError(message)
        if (!isUnreachable(caught)) onRefused?.(message)
        return false
      } finally {
        setBusy(false)
      }
    },
    [unreachable],
  )

  return { busy, error, run }
}
