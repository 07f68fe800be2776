/** Sent on `window` when the timeline has moved an activity: the health and the lists read again. */
export const PLAN_CHANGED = 'organizecrm:project-plan-changed'
