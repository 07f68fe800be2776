import { searchSource } from '@/hooks/search/source'
import type { Project } from '@/payload-types'

/** Projects by number and name. */
export const projectsSearchSources = [
  searchSource<Pick<Project, 'id' | 'number' | 'name'>>({
    collection: 'projects',
    order: 60,
    fields: ['number', 'name'],
    sort: '-createdAt',
    select: { number: true, name: true },
    toItem: (project) => ({ title: project.name, subtitle: project.number ?? null }),
  }),
]
