'use client'
import { Button } from '@payloadcms/ui'

import { styles } from '@/components/shared/styles'
import type { Text } from './text'

interface Props {
  action: number
  /** Sending back: the comment box and its confirm button are shown instead. */
  returning: boolean
  comment: string
  busy: boolean
  text: Text
  onComment: (comment: string) => void
  onValidate: () => void
  onSendBack: () => void
  onConfirm: () => void
  onCancel: () => void
}

/** A done action's steps in its row: Validate and Send back, or the comment that sending back requires. */
export function ValidationSteps({
  action,
  returning,
  comment,
  busy,
  text,
  onComment,
  onValidate,
  onSendBack,
  onConfirm,
  onCancel,
}: Props) {
  if (!returning) {
    return (
      <div style={styles.buttons}>
        <Button
          id={`validate-${action}`}
          buttonStyle="primary"
          size="small"
          margin={false}
          disabled={busy}
          onClick={onValidate}
        >
          {text.validate}
        </Button>
        <Button
          id={`send-back-${action}`}
          buttonStyle="secondary"
          size="small"
          margin={false}
          disabled={busy}
          onClick={onSendBack}
        >
          {text.sendBack}
        </Button>
      </div>
    )
  }
  return (
    <div style={{ display: 'grid', gap: '6px' }}>
      <textarea
        id={`send-back-comment-${action}`}
        aria-label={text.comment}
        placeholder={text.comment}
        value={comment}
        rows={2}
        onChange={(event) => onComment(event.target.value)}
        style={{ ...styles.compactInput, minHeight: '48px', padding: '4px 6px' }}
      />
      <div style={styles.buttons}>
        <Button
          id={`send-back-confirm-${action}`}
          buttonStyle="primary"
          size="small"
          margin={false}
          disabled={busy || comment.trim() === ''}
          onClick={onConfirm}
        >
          {text.confirmSendBack}
        </Button>
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={onCancel}>
          {text.cancel}
        </Button>
      </div>
    </div>
  )
}
