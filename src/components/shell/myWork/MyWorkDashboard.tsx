import { MyWorkPanel } from './MyWorkPanel'

/**
 * Under the home page's figures: the short version of "My work". It reads `/api/my-work`, which answers
 * every signed-in user (lists of records a role does not read are left out), so no role sees an error.
 */
export function MyWorkDashboard() {
  return <MyWorkPanel compact />
}
