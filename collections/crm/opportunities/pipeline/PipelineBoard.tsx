'use client'
import { SetStepNav, useConfig, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback, useState } from 'react'

import type { BoardColumn } from '../boardTypes'
import { styles } from '@/components/shared/styles'
import type { Dragged } from './dragData'
import { LostReasonDialog } from './LostReasonDialog'
import { PipelineColumn } from './PipelineColumn'
import { PipelineFilters } from './PipelineFilters'
import { boardStyles } from './styles'
import { textFor } from './text'
import { type Filters, NO_FILTERS, type PipelineOptions } from './types'
import { useBoard } from './useBoard'

/** The pipeline board: filters, one column per stage, cards dragged between stages. */
export function PipelineBoard({ options }: { options: PipelineOptions }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = textFor(i18n.language)
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const { board, error, busy, move } = useBoard(filters)
  // A card waiting for its lost reason before it moves to the lost stage.
  const [losing, setLosing] = useState<{ id: number; stage: number } | null>(null)
  const cancelLosing = useCallback(() => setLosing(null), [])

  function dropped(card: Dragged, column: BoardColumn) {
    if (column.outcome === 'lost') setLosing({ id: card.id, stage: column.id })
    else void move(card.id, { stage: column.id })
  }

  return (
    <div className="pipeline" data-loading={board === null || busy ? 'true' : 'false'}>
      <SetStepNav nav={[{ label: text.title }]} />
      <h1>{text.title}</h1>
      <PipelineFilters
        filters={filters}
        owners={options.owners}
        teams={options.teams}
        text={text}
        onChange={setFilters}
      />
      <p style={styles.notice}>{text.hint}</p>
      {error && (
        <p className="pipeline-error" role="alert" style={styles.error}>
          {error}
        </p>
      )}
      {board?.truncated && (
        <p className="pipeline-truncated" style={styles.notice}>
          {text.truncated}
        </p>
      )}
      {board === null ? (
        !error && <p style={styles.notice}>{text.loading}</p>
      ) : (
        <div className="pipeline-board" style={boardStyles.board}>
          {board.stages.map((column) => (
            <PipelineColumn
              key={column.id}
              column={column}
              cardHref={(id) =>
                formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/opportunities/${id}` })
              }
              busy={busy}
              text={text}
              onDrop={dropped}
            />
          ))}
        </div>
      )}
      {losing && (
        <LostReasonDialog
          reasons={options.lostReasons}
          text={text}
          onCancel={cancelLosing}
          onConfirm={(reason) => {
            setLosing(null)
            void move(losing.id, { stage: losing.stage, lostReason: reason })
          }}
        />
      )}
    </div>
  )
}
