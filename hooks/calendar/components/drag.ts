/** What a dragged todo carries: which one, and the day it was picked up from. */
const DRAG_TYPE = 'application/x-organizecrm-calendar-todo'

export interface Dragged {
  eventId: string
  fromDay: string
}

export function startDrag(transfer: DataTransfer, dragged: Dragged, label: string) {
  transfer.setData(DRAG_TYPE, JSON.stringify(dragged))
  transfer.setData('text/plain', label)
  transfer.effectAllowed = 'move'
}

/** Whether a drag in progress is a calendar todo (its data is only readable on drop). */
export const carriesTodo = (transfer: DataTransfer) => transfer.types.includes(DRAG_TYPE)

export function droppedTodo(transfer: DataTransfer): Dragged | null {
  try {
    return JSON.parse(transfer.getData(DRAG_TYPE)) as Dragged
  } catch {
    return null
  }
}
