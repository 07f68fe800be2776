import type { CSSProperties } from 'react'

/** The reports' look, from Payload's theme variables so it follows light and dark mode. */
export const styles = {
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 'calc(var(--base) * 0.75)', margin: 'calc(var(--base) * 0.75) 0' },
  field: { display: 'grid', gap: '4px', fontSize: '0.85rem' },
  input: {
    minHeight: '36px',
    padding: '0 8px',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-s)',
    background: 'var(--theme-input-bg)',
    color: 'var(--theme-text)',
  },
  notice: { margin: 'calc(var(--base) * 0.5) 0', color: 'var(--theme-elevation-600)', fontSize: '0.85rem' },
  error: {
    margin: 'calc(var(--base) * 0.5) 0',
    padding: '8px 12px',
    borderRadius: 'var(--style-radius-s)',
    background: 'var(--theme-error-100)',
    color: 'var(--theme-error-750)',
  },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))', gap: 'var(--base)', alignItems: 'start' },
  section: { padding: 'calc(var(--base) * 0.75)', borderRadius: 'var(--style-radius-m)', background: 'var(--theme-elevation-50)' },
  heading: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: '8px', marginBottom: '8px' },
  title: { margin: 0, fontSize: '1rem' },
  link: { fontSize: '0.85rem', whiteSpace: 'nowrap' },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: '0.85rem' },
  cell: { padding: '4px 8px', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' },
  number: { padding: '4px 8px', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  total: { fontWeight: 600 },
} satisfies Record<string, CSSProperties>
