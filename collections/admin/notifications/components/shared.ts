'use client'

/** Dispatched on window after the user marks notifications read, so the badge refreshes at once. */
export const NOTIFICATIONS_CHANGED = 'organizecrm:notifications-changed'

export const announceNotificationsChanged = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED))
