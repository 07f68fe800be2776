import { AdminRoleNote as AdminRoleNote_db5757d86543b07b8f451109fd057d55 } from '../../../../collections/admin/roles/AdminRoleNote'
import { PreferredLanguage as PreferredLanguage_6f8f1a3de956f1ed5305e5091754c4f9 } from '../../../../src/components/PreferredLanguage'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/admin/roles/AdminRoleNote#AdminRoleNote": AdminRoleNote_db5757d86543b07b8f451109fd057d55,
  "/src/components/PreferredLanguage#PreferredLanguage": PreferredLanguage_6f8f1a3de956f1ed5305e5091754c4f9,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
