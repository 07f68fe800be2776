export { createSearchFunctions, dropSearchFunctions, UNACCENT_FUNCTION } from './database'
export { globalSearch } from './plugin'
export { joinParts, searchSource } from './source'
export type * from './types'
