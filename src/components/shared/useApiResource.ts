'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import { isUnreachable, request } from './request'

export interface ApiResource<T> {
  /** The last answer read; kept while a newer one loads, so the page does not flicker. */
  data: T | null
  error: string | null
  loading: boolean
  /** Reads again; resolves when that read has ended. */
  reload: () => Promise<void>
}

export interface ResourceWording {
  /** Leads the error message (the calendar says which read failed). */
  failure?: string
  /** Shown instead when no answer came at all. */
  unreachable?: string
}

/**
 * Reads `url` (null: nothing to read yet) and again whenever it or `deps` change. A newer read
 * aborts the older one, and leaving the page aborts the last, so a late answer never overwrites
 * a newer one. A refusal is shown in the server's words.
 */
export function useApiResource<T>(
  url: string | null,
  deps: readonly unknown[] = [],
  { failure, unreachable }: ResourceWording = {},
): ApiResource<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(url !== null)
  const latest = useRef<AbortController | null>(null)
  // Compared by value: callers pass a fresh array on every render.
  const depsKey = JSON.stringify(deps)

  const load = useCallback(async () => {
    latest.current?.abort()
    latest.current = null
    if (url === null) return setLoading(false)
    const controller = new AbortController()
    latest.current = controller
    setLoading(true)
    try {
      const answer = await request<T>(url, { signal: controller.signal, failure })
      if (controller.signal.aborted) return
      setData(answer)
      setError(null)
    } catch (caught) {
      if (controller.signal.aborted) return
      setError(isUnreachable(caught) && unreachable ? unreachable : (caught as Error).message)
    } finally {
      if (!controller.signal.aborted) setLoading(false)
    }
    // depsKey stands for deps.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, failure, unreachable, depsKey])

  useEffect(() => {
    void load()
    return () => latest.current?.abort()
  }, [load])

  return { data, error, loading, reload: load }
}
