// PLACEHOLDER: replaced by the real dashboard block in this change.
export function MyWorkDashboard() {
  return null
}
