'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback } from 'react'

import type { BoardAnswer } from '../boardTypes'
import { apiBase, request } from '@/components/shared/request'
import { useApiAction } from '@/components/shared/useApiAction'
import { useApiResource } from '@/components/shared/useApiResource'
import { textFor } from './text'
import type { Filters } from './types'

/**
 * Loads the board for the filters and moves cards with a plain PATCH of the opportunity, so a move
 * obeys the same access and checks as an edit in the form.
 */
export function useBoard(filters: Filters) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const unreachable = textFor(i18n.language).unreachable
  const api = apiBase(config)
  const query = new URLSearchParams({ locale: i18n.language })
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value)
  const board = useApiResource<BoardAnswer>(`${api}/opportunities/board?${query}`, [], { unreachable })
  const action = useApiAction(unreachable, board.data)
  const { run } = action
  const { reload } = board

  const move = useCallback(
    async (id: number, change: { stage: number; lostReason?: number }) => {
      await run(async () => {
        await request(`${api}/opportunities/${id}?depth=0`, { method: 'PATCH', body: change })
        await reload()
      })
    },
    [api, reload, run],
  )

  return { board: board.data, error: action.error ?? board.error, busy: action.busy, move }
}
