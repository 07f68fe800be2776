import type { UIFieldServerProps } from 'payload'

import { seesResources } from '../endpoint'
import { ResponsibleLoadPanel } from './ResponsibleLoadPanel'

/**
 * The activity sidebar's load of the responsible person, for those who may see the resources: the
 * same rule as the `/api/project-resources` endpoint, decided here on the server. Anyone else (a
 * project member) gets nothing, and their browser never asks for a load the endpoint would refuse.
 */
export async function ResponsibleLoad({ req }: UIFieldServerProps) {
  return (await seesResources(req)) ? <ResponsibleLoadPanel /> : null
}
