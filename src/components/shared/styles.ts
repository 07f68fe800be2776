import type { CSSProperties } from 'react'

const border = (shade: number) => `1px solid var(--theme-elevation-${shade})`

/**
 * The admin kit's look, from Payload's theme variables so it follows light and dark mode. Every
 * view uses these; a module keeps its own only for what no other view shows (the pipeline's cards).
 */
export const styles = {
  // Lines of text under a title.
  notice: { margin: 'calc(var(--base) * 0.5) 0', color: 'var(--theme-elevation-600)', fontSize: '0.85rem' },
  error: {
    margin: 'calc(var(--base) * 0.5) 0',
    padding: '8px 12px',
    borderRadius: 'var(--style-radius-s)',
    background: 'var(--theme-error-100)',
    color: 'var(--theme-error-750)',
  },
  muted: { fontSize: '0.85rem', color: 'var(--theme-elevation-600)' },
  link: { color: 'var(--theme-text)', fontWeight: 600 },

  // A list on a page (its heading carries a count), or a shaded panel with a heading and an action.
  section: { margin: 'calc(var(--base) * 1) 0' },
  sectionHeading: { display: 'flex', alignItems: 'baseline', gap: '12px', margin: '0 0 8px' },
  panel: {
    padding: 'calc(var(--base) * 0.75)',
    borderRadius: 'var(--style-radius-m)',
    background: 'var(--theme-elevation-50)',
  },
  panelHeading: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: '8px',
    marginBottom: '8px',
  },
  panelTitle: { margin: 0, fontSize: '1rem' },

  // Tables: work lists, and the denser report tables.
  table: { width: '100%', borderCollapse: 'collapse', fontSize: '0.9rem' },
  th: {
    textAlign: 'left',
    padding: '6px 8px',
    borderBottom: border(150),
    color: 'var(--theme-elevation-600)',
    fontWeight: 500,
  },
  td: { padding: '6px 8px', borderBottom: border(100), verticalAlign: 'top' },
  number: { textAlign: 'right' },
  denseTable: { width: '100%', borderCollapse: 'collapse', fontSize: '0.85rem' },
  denseCell: { padding: '4px 8px', borderBottom: border(150), textAlign: 'left' },
  denseNumber: {
    padding: '4px 8px',
    borderBottom: border(150),
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
  },
  totalRow: { fontWeight: 600 },
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

  // Inputs: full size in filter bars and dialogs, compact inside a table row.
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: 'calc(var(--base) * 0.75)',
    margin: 'calc(var(--base) * 0.75) 0',
  },
  field: { display: 'grid', gap: '4px', fontSize: '0.85rem' },
  input: {
    minHeight: '36px',
    padding: '0 8px',
    border: border(150),
    borderRadius: 'var(--style-radius-s)',
    background: 'var(--theme-input-bg)',
    color: 'var(--theme-text)',
  },
  compactInput: {
    minHeight: '30px',
    padding: '0 6px',
    border: border(150),
    borderRadius: 'var(--style-radius-s)',
    background: 'var(--theme-input-bg)',
    color: 'var(--theme-text)',
  },
  buttons: { display: 'flex', gap: '6px' },
} satisfies Record<string, CSSProperties>
