import { MyWorkPanel } from './MyWorkPanel'

/**
 * Above the admin dashboard: the short version of "My work". It reads `/api/my-work`, which answers
 * every signed-in user (lists of records a role does not read are left out), so no role sees an error.
 */
export function MyWorkDashboard() {
  return <MyWorkPanel compact />
}
