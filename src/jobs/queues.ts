/** The jobs' queues (ARCHITECTURE §6): emails on `default`, work done on a schedule on `scheduled`. */
export const DEFAULT_QUEUE = 'default' as const
export const SCHEDULED_QUEUE = 'scheduled' as const
