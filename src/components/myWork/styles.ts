import type { CSSProperties } from 'react'

/** Work lists' look, from Payload's theme variables so it follows light and dark mode. */
export const styles = {
  section: { margin: 'calc(var(--base) * 1) 0' },
  heading: { display: 'flex', alignItems: 'baseline', gap: '12px', margin: '0 0 8px' },
  count: { fontSize: '0.85rem', color: 'var(--theme-elevation-600)' },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: '0.9rem' },
  th: { textAlign: 'left', padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-150)', color: 'var(--theme-elevation-600)', fontWeight: 500 },
  td: { padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' },
  number: { textAlign: 'right' },
  overdueRow: { background: 'var(--theme-error-50)' },
  overdueBadge: {
    marginLeft: '6px',
    padding: '0 6px',
    borderRadius: 'var(--style-radius-s)',
    background: 'var(--theme-error-100)',
    color: 'var(--theme-error-750)',
    fontSize: '0.75rem',
    whiteSpace: 'nowrap',
  },
  input: {
    minHeight: '30px',
    padding: '0 6px',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-s)',
    background: 'var(--theme-input-bg)',
    color: 'var(--theme-text)',
  },
  link: { color: 'var(--theme-text)', fontWeight: 600 },
  notice: { margin: 'calc(var(--base) * 0.5) 0', color: 'var(--theme-elevation-600)', fontSize: '0.85rem' },
  error: {
    margin: 'calc(var(--base) * 0.5) 0',
    padding: '8px 12px',
    borderRadius: 'var(--style-radius-s)',
    background: 'var(--theme-error-100)',
    color: 'var(--theme-error-750)',
  },
  dashboard: { marginBottom: 'calc(var(--base) * 1.5)' },
} satisfies Record<string, CSSProperties>
