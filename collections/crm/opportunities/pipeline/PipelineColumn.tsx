'use client'
import { type DragEvent, useState } from 'react'

import type { BoardColumn } from '../boardTypes'
import { ColumnTotals } from './ColumnTotals'
import { carriesCard, type Dragged, droppedCard } from './dragData'
import { PipelineCard } from './PipelineCard'
import { boardStyles } from './styles'
import type { Text } from './text'

interface Props {
  column: BoardColumn
  cardHref: (id: number) => string
  busy: boolean
  text: Text
  onDrop: (card: Dragged, column: BoardColumn) => void
}

/** One stage: its label and totals, its cards, and a drop target for cards from other stages. */
export function PipelineColumn({ column, cardHref, busy, text, onDrop }: Props) {
  const [over, setOver] = useState(false)

  function accept(event: DragEvent) {
    if (busy || !carriesCard(event)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'move'
    setOver(true)
  }

  function drop(event: DragEvent) {
    event.preventDefault()
    setOver(false)
    const card = droppedCard(event)
    if (card && card.fromStage !== column.id) onDrop(card, column)
  }

  return (
    <section
      className="pipeline-column"
      data-stage={column.value}
      data-stage-id={column.id}
      aria-label={column.label}
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false)
      }}
      onDrop={drop}
      style={over ? { ...boardStyles.column, ...boardStyles.columnOver } : boardStyles.column}
    >
      <header style={boardStyles.header}>
        <span className="pipeline-column__label" style={boardStyles.label}>
          {column.label}
        </span>
        <ColumnTotals column={column} text={text} />
      </header>
      {column.cards.length === 0 && <p style={boardStyles.meta}>{text.empty}</p>}
      {column.cards.map((card) => (
        <PipelineCard key={card.id} card={card} stage={column.id} href={cardHref(card.id)} busy={busy} text={text} />
      ))}
    </section>
  )
}
