export { completedLater, completeModules, globalCompletedLater } from './complete'
export { defineModule } from './defineModule'
export { modulesOf, registryOf } from './registry'
export type * from './types'
