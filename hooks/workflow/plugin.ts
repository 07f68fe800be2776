import { defineModule } from '@/hooks/modules'
import { t } from '@/lib/i18n'
import { builtInEffects } from './effects'
import { builtInGuards } from './guards'

/** The workflow engine's own guards and effects, and the notifications its steps send. */
export const workflowEngine = () =>
  defineModule({
    name: 'workflow engine',
    guards: builtInGuards,
    effects: builtInEffects,
    notificationKinds: { workflow: t('Workflow steps', 'Pași în fluxuri') },
  })
