import type { ReactNode } from 'react'

import type { RichBlock, RichText, TextRun } from '@/collections/contracts/contracts/report/types'

function Run({ run }: { run: TextRun }) {
  let node: ReactNode = run.text
  if (run.strike) node = <s>{node}</s>
  if (run.underline) node = <u>{node}</u>
  if (run.italic) node = <em>{node}</em>
  if (run.bold) node = <strong>{node}</strong>
  return node
}

const runs = (items: TextRun[]) => items.map((run, index) => <Run key={index} run={run} />)

function Block({ block }: { block: RichBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p style={block.align ? { textAlign: block.align } : undefined}>{runs(block.runs)}</p>
    case 'heading': {
      // The document's own titles are h1 and h2: the author's headings come below them.
      const Tag = `h${Math.min(block.level + 2, 6)}` as 'h3'
      return <Tag>{runs(block.runs)}</Tag>
    }
    case 'quote':
      return <blockquote>{runs(block.runs)}</blockquote>
    case 'listItem':
      return (
        <p className="contract-list-item" style={{ paddingLeft: `${block.depth * 16}px` }}>
          <span className="contract-list-marker">{block.marker}</span>
          <span>{runs(block.runs)}</span>
        </p>
      )
  }
}

/** The contract's description, with the structure and emphasis its author gave it. */
export function Rich({ blocks }: { blocks: RichText }) {
  return (
    <div className="contract-rich">
      {blocks.map((block, index) => (
        <Block block={block} key={index} />
      ))}
    </div>
  )
}
