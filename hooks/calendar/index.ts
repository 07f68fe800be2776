import type { Endpoint } from 'payload'

import { eventsEndpoint } from './events'
import { feedEndpoint } from './feed'
import { feedTokenEndpoints } from './feedToken'

/** The calendar (R10): its events for the admin view, and each user's iCalendar feed. */
export const calendarEndpoints: Endpoint[] = [eventsEndpoint, feedEndpoint, ...feedTokenEndpoints]
