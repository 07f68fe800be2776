import config from '@payload-config'
import { getPayload } from 'payload'

import { notificationKinds } from '../kinds'
import { KindFilterSelect } from './KindFilterSelect'

/**
 * The value of a "Kind" condition in the notifications list's filter: a choice among the labelled
 * kinds instead of a text box where the reader would have to type a key. Payload renders a field's
 * Filter without props, so the kinds come from the running application here.
 */
export async function KindFilter() {
  const payload = await getPayload({ config })
  return <KindFilterSelect kinds={notificationKinds(payload)} />
}
