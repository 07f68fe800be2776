import { PasswordRule as PasswordRule_378709938df2af8c2f88d480a6679d59 } from '../../../../collections/admin/users/PasswordRule'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelatedCounts as RelatedCounts_cac739b150d67be5ecce03b8da534011 } from '../../../../src/components/records/RelatedCounts'
import { CustomFieldsInput as CustomFieldsInput_9a71711b746305efe1b78b6eeb3d1a6d } from '../../../../src/components/customFields/CustomFieldsInput'
import { ZonedDateCell as ZonedDateCell_abdbc238b69384f7ffb755e75e372ac1 } from '../../../../src/components/dates/ZonedDateCell'
import { ZonedDateField as ZonedDateField_75bb6eb459c31c6e46e1381f79aea9e2 } from '../../../../src/components/dates/ZonedDateField'
import { WorkflowPanel as WorkflowPanel_61765c1819dbf78b180abc88fad4b457 } from '../../../../src/components/workflow/WorkflowPanel'
import { LiveTotals as LiveTotals_dac97592bd8200de1a3cd710021adfff } from '../../../../src/components/offers/LiveTotals'
import { ReportLinks as ReportLinks_91bcd8cb1dd0d2edeb24b46535d8d187 } from '../../../../src/components/offers/ReportLinks'
import { NewFromTemplate as NewFromTemplate_14c3fb3481a1e4a5e21befde630c3fb7 } from '../../../../src/components/offers/NewFromTemplate'
import { TicketTypeCustomFields as TicketTypeCustomFields_2dc17b174a5653c9b1a7c33efba35107 } from '../../../../src/components/support/TicketTypeCustomFields'
import { TicketTypeDefaults as TicketTypeDefaults_9cf3bba1ac088afbf2a8d3123527f450 } from '../../../../collections/support/tickets/components/TicketTypeDefaults'
import { ExportButton as ExportButton_7cbe4adc4ba3a884b42bb88e3c2cc772 } from '../../../../src/components/support/ExportButton'
import { AdminRoleNote as AdminRoleNote_db5757d86543b07b8f451109fd057d55 } from '../../../../collections/admin/roles/AdminRoleNote'
import { OpenRecordLink as OpenRecordLink_5969b11adbaee2fd948ae4c7e6a5f76f } from '../../../../src/components/notifications/OpenRecordLink'
import { MarkAllReadButton as MarkAllReadButton_78ddc132bbc9d31baca195eb941a1d57 } from '../../../../src/components/notifications/MarkAllReadButton'
import { UnreadBadge as UnreadBadge_cef56da091f29fda6aaf5accf5eee7d5 } from '../../../../src/components/notifications/UnreadBadge'
import { WorkViewsNav as WorkViewsNav_2a9ad94d892faab5f627ddd3c5b113cb } from '../../../../src/components/nav/WorkViewsNav'
import { MyWorkDashboard as MyWorkDashboard_518b30d4d522e8697ee06cbb541d6485 } from '../../../../src/components/myWork/MyWorkDashboard'
import { PreferredLanguage as PreferredLanguage_6f8f1a3de956f1ed5305e5091754c4f9 } from '../../../../src/components/PreferredLanguage'
import { MyWorkView as MyWorkView_c3ce626c2f0e37dd4759f086cf21a25a } from '../../../../src/components/myWork/MyWorkView'
import { SupportTeamView as SupportTeamView_b18320bd5344f09b37911bedc95760b3 } from '../../../../src/components/supportTeam/SupportTeamView'
import { ReportsView as ReportsView_425c661e18b118a5301a326f98fe9c1a } from '../../../../src/components/reports/ReportsView'
import { CalendarView as CalendarView_10b0075eb0bbe5a373a8acac6dee0f40 } from '../../../../src/components/calendar/CalendarView'
import { PipelineView as PipelineView_6b0547599c691cfe7d514ff2a77571dd } from '../../../../src/components/pipeline/PipelineView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/admin/users/PasswordRule#PasswordRule": PasswordRule_378709938df2af8c2f88d480a6679d59,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/records/RelatedCounts#RelatedCounts": RelatedCounts_cac739b150d67be5ecce03b8da534011,
  "/src/components/customFields/CustomFieldsInput#CustomFieldsInput": CustomFieldsInput_9a71711b746305efe1b78b6eeb3d1a6d,
  "/src/components/dates/ZonedDateCell#ZonedDateCell": ZonedDateCell_abdbc238b69384f7ffb755e75e372ac1,
  "/src/components/dates/ZonedDateField#ZonedDateField": ZonedDateField_75bb6eb459c31c6e46e1381f79aea9e2,
  "/src/components/workflow/WorkflowPanel#WorkflowPanel": WorkflowPanel_61765c1819dbf78b180abc88fad4b457,
  "/src/components/offers/LiveTotals#LiveTotals": LiveTotals_dac97592bd8200de1a3cd710021adfff,
  "/src/components/offers/ReportLinks#ReportLinks": ReportLinks_91bcd8cb1dd0d2edeb24b46535d8d187,
  "/src/components/offers/NewFromTemplate#NewFromTemplate": NewFromTemplate_14c3fb3481a1e4a5e21befde630c3fb7,
  "/src/components/support/TicketTypeCustomFields#TicketTypeCustomFields": TicketTypeCustomFields_2dc17b174a5653c9b1a7c33efba35107,
  "/collections/support/tickets/components/TicketTypeDefaults#TicketTypeDefaults": TicketTypeDefaults_9cf3bba1ac088afbf2a8d3123527f450,
  "/src/components/support/ExportButton#ExportButton": ExportButton_7cbe4adc4ba3a884b42bb88e3c2cc772,
  "/collections/admin/roles/AdminRoleNote#AdminRoleNote": AdminRoleNote_db5757d86543b07b8f451109fd057d55,
  "/src/components/notifications/OpenRecordLink#OpenRecordLink": OpenRecordLink_5969b11adbaee2fd948ae4c7e6a5f76f,
  "/src/components/notifications/MarkAllReadButton#MarkAllReadButton": MarkAllReadButton_78ddc132bbc9d31baca195eb941a1d57,
  "/src/components/notifications/UnreadBadge#UnreadBadge": UnreadBadge_cef56da091f29fda6aaf5accf5eee7d5,
  "/src/components/nav/WorkViewsNav#WorkViewsNav": WorkViewsNav_2a9ad94d892faab5f627ddd3c5b113cb,
  "/src/components/myWork/MyWorkDashboard#MyWorkDashboard": MyWorkDashboard_518b30d4d522e8697ee06cbb541d6485,
  "/src/components/PreferredLanguage#PreferredLanguage": PreferredLanguage_6f8f1a3de956f1ed5305e5091754c4f9,
  "/src/components/myWork/MyWorkView#MyWorkView": MyWorkView_c3ce626c2f0e37dd4759f086cf21a25a,
  "/src/components/supportTeam/SupportTeamView#SupportTeamView": SupportTeamView_b18320bd5344f09b37911bedc95760b3,
  "/src/components/reports/ReportsView#ReportsView": ReportsView_425c661e18b118a5301a326f98fe9c1a,
  "/src/components/calendar/CalendarView#CalendarView": CalendarView_10b0075eb0bbe5a373a8acac6dee0f40,
  "/src/components/pipeline/PipelineView#PipelineView": PipelineView_6b0547599c691cfe7d514ff2a77571dd,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
