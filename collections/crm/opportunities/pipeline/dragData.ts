'use client'
import type { DragEvent } from 'react'

/** The drag payload's type: only our cards can be dropped on a column. */
const TYPE = 'application/x-organizecrm-opportunity'

export interface Dragged {
  id: number
  fromStage: number
}

export function startDrag(event: DragEvent, dragged: Dragged) {
  event.dataTransfer.setData(TYPE, JSON.stringify(dragged))
  event.dataTransfer.effectAllowed = 'move'
}

/** During dragover only the types are readable, not the data. */
export const carriesCard = (event: DragEvent) => event.dataTransfer.types.includes(TYPE)

export function droppedCard(event: DragEvent): Dragged | null {
  try {
    const dragged = JSON.parse(event.dataTransfer.getData(TYPE)) as Dragged
    return Number.isInteger(dragged.id) && Number.isInteger(dragged.fromStage) ? dragged : null
  } catch {
    return null
  }
}
