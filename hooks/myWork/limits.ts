/** Rows sent per list: enough for a day's work; the total says when there are more. */
export const ROWS_PER_SECTION = 50
