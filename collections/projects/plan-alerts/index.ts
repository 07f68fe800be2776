import { t } from '@/lib/i18n'
import { AlertEvents } from './events'
import { evaluatePlanAlertsTask, PLAN_ALERT_KIND } from './evaluate'
import { PlanAlertKinds } from './kinds'
import { ProjectAlerts } from './projectAlerts'

export { copyPlanAlerts } from './copy'
export { seedDemoPlanAlerts } from './demo'
export { evaluatePlanAlerts } from './evaluate'
export { seedPlanAlertKinds } from './reference'
export { templateAlertsField } from './fields'

/** Plan alerts (R3, R23): the kinds, each project's alerts, and the log the hourly job writes. */
export const planAlertCollections = [PlanAlertKinds, ProjectAlerts, AlertEvents]
export const planAlertTasks = [evaluatePlanAlertsTask]
export const planAlertNotificationKinds = { [PLAN_ALERT_KIND]: t('Project plan alert', 'Alertă de plan de proiect') }
