'use client'
import { Button } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { Option } from '@/components/shared/FilterBar'
import { styles } from '@/components/shared/styles'
import { boardStyles } from './styles'
import type { Text } from './text'

interface Props {
  reasons: Option[]
  text: Text
  onConfirm: (reason: number) => void
  onCancel: () => void
}

/** Asked before a card lands on the lost stage: the server refuses "lost" without a reason. */
export function LostReasonDialog({ reasons, text, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState('')

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onCancel()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onCancel])

  return (
    <div style={boardStyles.backdrop} onClick={(event) => event.target === event.currentTarget && onCancel()}>
      <div
        className="pipeline-lost-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="pipeline-lost-title"
        style={boardStyles.dialog}
      >
        <h3 id="pipeline-lost-title" style={{ margin: 0 }}>
          {text.lostTitle}
        </h3>
        <label style={styles.field}>
          {text.lostReason}
          <select
            id="pipeline-lost-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            style={styles.input}
            autoFocus
          >
            <option value="">{text.choose}</option>
            {reasons.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <div style={boardStyles.actions}>
          <Button buttonStyle="secondary" size="small" margin={false} id="pipeline-lost-cancel" onClick={onCancel}>
            {text.cancel}
          </Button>
          <Button
            size="small"
            margin={false}
            id="pipeline-lost-confirm"
            disabled={!reason}
            onClick={() => onConfirm(Number(reason))}
          >
            {text.confirmLost}
          </Button>
        </div>
      </div>
    </div>
  )
}
