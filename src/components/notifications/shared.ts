'use client'

/** Dispatched on window after the user marks notifications read, so the badge refreshes at once. */
export const NOTIFICATIONS_CHANGED = 'organizecrm:notifications-changed'

export const announceNotificationsChanged = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED))

/** `${serverURL}${routes.api}`, as the admin panel's own requests use it. */
export const apiBase = (config: { serverURL?: string; routes: { api: string } }) => `${config.serverURL ?? ''}${config.routes.api}`
