import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Lists do not fill a record's join fields unless the caller asks for them (`joins[...]`): those
 * are for the record's own page. Filled on a list, PostgreSQL computes them for every row the
 * page skips too (page 200 of a 100 000-row list took 10× longer; tests/bench/lists.ts).
 */
export const listsWithoutJoins: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read' || 'id' in args) return args
  const asked = args.joins && typeof args.joins === 'object' && Object.keys(args.joins).length > 0
  return asked || args.joins === false ? args : { ...args, joins: false }
}
