'use client'

/** Dispatched on window after the user marks notifications read, so the badge refreshes at once. */
export const NOTIFICATIONS_CHANGED = 'organizecrm:notifications-changed'

export const announceNotificationsChanged = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED))

/**
 * The API address relative to the page (`/api`): the browser calls the origin it is on, so a
 * public address that differs from the configured one (a proxy, a missing setting) cannot
 * send our requests to another host or make the session cookie look cross-site.
 */
export const apiBase = (config: { routes: { api: string } }) => config.routes.api
