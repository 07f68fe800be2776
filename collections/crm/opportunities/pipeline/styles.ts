import type { CSSProperties } from 'react'

/**
 * The board's own look (columns, cards, the lost-reason dialog), from Payload's theme variables;
 * notices, errors and inputs come from the kit's shared styles.
 */
export const boardStyles = {
  board: {
    display: 'flex',
    gap: 'calc(var(--base) * 0.5)',
    overflowX: 'auto',
    paddingBottom: 'var(--base)',
    alignItems: 'flex-start',
  },
  column: {
    flex: '1 0 200px',
    maxWidth: '340px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '8px',
    minHeight: '200px',
    borderRadius: 'var(--style-radius-m)',
    background: 'var(--theme-elevation-50)',
    border: '2px solid transparent',
  },
  columnOver: { border: '2px solid var(--theme-success-500)', background: 'var(--theme-elevation-100)' },
  header: { display: 'grid', gap: '2px', padding: '4px 4px 8px', borderBottom: '1px solid var(--theme-elevation-150)' },
  label: { fontWeight: 600, fontSize: '1rem' },
  meta: { fontSize: '0.8rem', color: 'var(--theme-elevation-600)' },
  card: {
    display: 'grid',
    gap: '4px',
    padding: '8px 10px',
    borderRadius: 'var(--style-radius-s)',
    background: 'var(--theme-elevation-0)',
    border: '1px solid var(--theme-elevation-150)',
    cursor: 'grab',
    fontSize: '0.85rem',
  },
  cardBusy: { opacity: 0.5 },
  cardTitle: { fontWeight: 600, color: 'var(--theme-text)', textDecoration: 'none' },
  cardLine: { display: 'flex', justifyContent: 'space-between', gap: '8px', color: 'var(--theme-elevation-700)' },
  backdrop: {
    position: 'fixed',
    inset: 0,
    zIndex: 100,
    display: 'grid',
    placeItems: 'center',
    background: 'rgba(0, 0, 0, 0.4)',
  },
  dialog: {
    display: 'grid',
    gap: 'calc(var(--base) * 0.5)',
    width: 'min(420px, 90vw)',
    padding: 'var(--base)',
    borderRadius: 'var(--style-radius-m)',
    background: 'var(--theme-elevation-0)',
    boxShadow: '0 8px 30px rgba(0, 0, 0, 0.25)',
  },
  actions: { display: 'flex', gap: '8px', justifyContent: 'flex-end' },
} satisfies Record<string, CSSProperties>
