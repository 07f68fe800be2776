import type { AdminViewServerProps } from 'payload'

import { AdminFrame, sendGuestsToLogin } from '@/components/shell/AdminFrame'
import { pipelineOptions } from './options'
import { PipelineBoard } from './PipelineBoard'
import { textFor } from './text'

/** `/admin/pipeline`: the opportunities board (R6). */
export async function PipelineView(props: AdminViewServerProps) {
  sendGuestsToLogin(props.initPageResult, '/pipeline')
  const { permissions, req } = props.initPageResult
  return (
    <AdminFrame {...props}>
      {permissions.collections?.opportunities?.read ? (
        <PipelineBoard options={await pipelineOptions(req)} />
      ) : (
        <p className="pipeline-error">{textFor(req.i18n.language).notAllowed}</p>
      )}
    </AdminFrame>
  )
}
