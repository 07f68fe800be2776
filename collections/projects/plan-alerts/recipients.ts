import type { PayloadRequest } from 'payload'

import { teamManagers } from '@/hooks/teamManagers'
import { idOf } from '@/lib/ids'
import type { RecipientRole } from './conditions'

type Id = number | string
type Project = { manager?: unknown; team?: unknown; client?: unknown }

/**
 * Who holds each role in a project, looked up once per project and only when an alert asks:
 * the subject's responsible (the manager, for the project as a whole), the project manager, the
 * managers of the project's team, the client's owner.
 */
export function projectRoles(req: PayloadRequest, project: Project) {
  const manager = idOf(project.manager)
  let managers: Promise<Id[]> | undefined
  let clientOwner: Promise<Id | null> | undefined
  const ownerOfClient = async () => {
    const clientId = idOf(project.client)
    if (clientId === null) return null
    const client = await req.payload.findByID({
      collection: 'clients',
      id: clientId,
      depth: 0,
      select: { owner: true },
      disableErrors: true,
      // Who must be told is the application's decision, not something a caller reads.
      overrideAccess: true,
      req,
    })
    return idOf(client?.owner)
  }
  return async (roles: RecipientRole[], responsible: Id | null): Promise<Id[]> => {
    const ids: (Id | null)[] = []
    for (const role of roles) {
      if (role === 'responsible') ids.push(responsible ?? manager)
      if (role === 'project-manager') ids.push(manager)
      if (role === 'team-manager') ids.push(...(await (managers ??= teamManagers(req, idOf(project.team)))))
      if (role === 'client-owner') ids.push(await (clientOwner ??= ownerOfClient()))
    }
    return [...new Set(ids.filter((id): id is Id => id !== null).map(String))].map((id) =>
      /^\d+$/.test(id) ? Number(id) : id,
    )
  }
}
