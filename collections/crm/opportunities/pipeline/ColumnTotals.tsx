'use client'
import type { BoardColumn } from '../boardTypes'
import { boardStyles } from './styles'
import { money, type Text } from './text'

/** A column's count, total and weighted total; one line per currency when its opportunities mix them. */
export function ColumnTotals({ column, text }: { column: BoardColumn; text: Text }) {
  const lines = column.byCurrency.length > 1 ? column.byCurrency : [column]
  return (
    <div style={boardStyles.meta}>
      <div className="pipeline-column__count" data-count={column.count}>
        {text.opportunities(column.count)} · {column.probability}%
      </div>
      {lines.map((line) => (
        <div key={line.currency ?? ''} className="pipeline-column__totals" data-currency={line.currency ?? ''}>
          <span className="pipeline-column__total" data-total={line.total}>
            {money(line.total, line.currency)}
          </span>
          {' · '}
          <span className="pipeline-column__weighted" data-weighted={line.weightedTotal}>
            {text.weighted} {money(line.weightedTotal, line.currency)}
          </span>
        </div>
      ))}
    </div>
  )
}
