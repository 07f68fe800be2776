import { AdminRoleNote as AdminRoleNote_db5757d86543b07b8f451109fd057d55 } from '../../../../collections/admin/roles/AdminRoleNote'
import { OpenRecordLink as OpenRecordLink_5969b11adbaee2fd948ae4c7e6a5f76f } from '../../../../src/components/notifications/OpenRecordLink'
import { MarkAllReadButton as MarkAllReadButton_78ddc132bbc9d31baca195eb941a1d57 } from '../../../../src/components/notifications/MarkAllReadButton'
import { UnreadBadge as UnreadBadge_cef56da091f29fda6aaf5accf5eee7d5 } from '../../../../src/components/notifications/UnreadBadge'
import { PreferredLanguage as PreferredLanguage_6f8f1a3de956f1ed5305e5091754c4f9 } from '../../../../src/components/PreferredLanguage'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/admin/roles/AdminRoleNote#AdminRoleNote": AdminRoleNote_db5757d86543b07b8f451109fd057d55,
  "/src/components/notifications/OpenRecordLink#OpenRecordLink": OpenRecordLink_5969b11adbaee2fd948ae4c7e6a5f76f,
  "/src/components/notifications/MarkAllReadButton#MarkAllReadButton": MarkAllReadButton_78ddc132bbc9d31baca195eb941a1d57,
  "/src/components/notifications/UnreadBadge#UnreadBadge": UnreadBadge_cef56da091f29fda6aaf5accf5eee7d5,
  "/src/components/PreferredLanguage#PreferredLanguage": PreferredLanguage_6f8f1a3de956f1ed5305e5091754c4f9,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
