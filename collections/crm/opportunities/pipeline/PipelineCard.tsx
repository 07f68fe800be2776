'use client'
import { Link } from '@payloadcms/ui'

import type { BoardCard } from '../boardTypes'
import { startDrag } from './dragData'
import { boardStyles } from './styles'
import { day, money, type Text } from './text'

interface Props {
  card: BoardCard
  stage: number
  href: string
  busy: boolean
  text: Text
}

/** One opportunity: title (opens the record), client, owner, value and expected close; draggable. */
export function PipelineCard({ card, stage, href, busy, text }: Props) {
  return (
    <article
      className="pipeline-card"
      data-opportunity-id={card.id}
      draggable={!busy}
      onDragStart={(event) => startDrag(event, { id: card.id, fromStage: stage })}
      style={busy ? { ...boardStyles.card, ...boardStyles.cardBusy } : boardStyles.card}
    >
      <Link className="pipeline-card__title" href={href} style={boardStyles.cardTitle} draggable={false}>
        {card.title}
      </Link>
      <div className="pipeline-card__client" style={boardStyles.cardLine}>
        {card.client?.name ?? <em>{text.noClient}</em>}
      </div>
      <div style={boardStyles.cardLine}>
        <span className="pipeline-card__value">{money(card.value, card.currency)}</span>
        <span className="pipeline-card__close">{day(card.expectedCloseDate)}</span>
      </div>
      {card.owner?.name && (
        <div className="pipeline-card__owner" style={boardStyles.meta}>
          {card.owner.name}
        </div>
      )}
    </article>
  )
}
