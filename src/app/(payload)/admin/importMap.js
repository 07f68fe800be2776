import { PasswordRule as PasswordRule_378709938df2af8c2f88d480a6679d59 } from '../../../../collections/admin/users/PasswordRule'
import { PhoneCell as PhoneCell_2b4967e0a20ae6617201078da16c0299 } from '../../../../src/components/shared/PhoneCell'
import { EventCollectionCell as EventCollectionCell_839b8fd32ed56d5c1836dd6f8da8c6fd } from '../../../../hooks/workflow/components/EventCells'
import { EventStepCell as EventStepCell_839b8fd32ed56d5c1836dd6f8da8c6fd } from '../../../../hooks/workflow/components/EventCells'
import { EventStateCell as EventStateCell_839b8fd32ed56d5c1836dd6f8da8c6fd } from '../../../../hooks/workflow/components/EventCells'
import { AdminRoleNote as AdminRoleNote_db5757d86543b07b8f451109fd057d55 } from '../../../../collections/admin/roles/AdminRoleNote'
import { OpenRecordLink as OpenRecordLink_a50b2628b81ec6bb86797a934a0252f4 } from '../../../../collections/admin/notifications/components/OpenRecordLink'
import { KindCell as KindCell_2c7ea1f40a9245e3326e90f46d93dd09 } from '../../../../collections/admin/notifications/components/KindCell'
import { KindField as KindField_0b5f6b3f296f95613fda5c8497825fef } from '../../../../collections/admin/notifications/components/KindField'
import { KindFilter as KindFilter_48851a14e9c266d893f34dae54b33d88 } from '../../../../collections/admin/notifications/components/KindFilter'
import { ZonedDateCell as ZonedDateCell_e84a81805fb5bfe2590cc04b1548db28 } from '../../../../src/components/shared/dates/ZonedDateCell'
import { ZonedDateField as ZonedDateField_98443262b6bba6ea3311f84ad8c9a868 } from '../../../../src/components/shared/dates/ZonedDateField'
import { MarkAllReadButton as MarkAllReadButton_db77a9220df53b3bcf8e9fbf4b522840 } from '../../../../collections/admin/notifications/components/MarkAllReadButton'
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
import { RelatedCounts as RelatedCounts_803d412aafed2de550ccae3ef22c36a5 } from '../../../../src/components/shared/records/RelatedCounts'
import { CustomFieldsInput as CustomFieldsInput_557a923172b4e2bc9f14a61bc40edcd0 } from '../../../../hooks/customFields/components/CustomFieldsInput'
import { StatusCell as StatusCell_224955c5aebb1f86242761eaab6b2acf } from '../../../../hooks/workflow/components/StatusCell'
import { WorkflowPanel as WorkflowPanel_6964548ef5862ea7c3420df26642ea4d } from '../../../../hooks/workflow/components/WorkflowPanel'
import { ProductPicker as ProductPicker_0d4793ff761b9a41a9bc160d538a6730 } from '../../../../collections/sales/offers/components/ProductPicker'
import { LineLabel as LineLabel_9018719d63bc5e5fd7eafea2da0072e2 } from '../../../../collections/sales/offers/components/LineLabel'
import { LinesTotals as LinesTotals_b4f83a505d0576593bbd86a677ab2372 } from '../../../../collections/sales/offers/components/LinesTotals'
import { ReportLinks as ReportLinks_5889961085ea1ea66dfe294fa89218e9 } from '../../../../collections/sales/offers/components/ReportLinks'
import { CreateFromOffer as CreateFromOffer_8648e7ad67810b088998709fe5e8f518 } from '../../../../collections/contracts/contracts/components/CreateFromOffer'
import { NewFromTemplate as NewFromTemplate_fdceb662c1ef88befb72f67d0994f44d } from '../../../../collections/sales/offers/components/NewFromTemplate'
import { TicketTypeCustomFields as TicketTypeCustomFields_8667e6fb4ca50adeae794216077fa67e } from '../../../../collections/support/ticket-types/components/TicketTypeCustomFields'
import { TicketTypeDefaults as TicketTypeDefaults_9cf3bba1ac088afbf2a8d3123527f450 } from '../../../../collections/support/tickets/components/TicketTypeDefaults'
import { ExportButton as ExportButton_96fac79748e56a71f1e923b183c552ca } from '../../../../hooks/export/components/ExportButton'
import { ConcernedBy as ConcernedBy_f11fd511e5b5d153787033e142b1a65f } from '../../../../collections/contracts/contracts/components/ConcernedBy'
import { History as History_8bac7f626b0e55933dac24dc4d4f6a4f } from '../../../../collections/contracts/contracts/components/History'
import { PrintLinks as PrintLinks_31f6a367da16457783670efedb95be11 } from '../../../../collections/contracts/contracts/components/PrintLinks'
import { CreateFromContract as CreateFromContract_c80c31ce9593a218fc6252d94b264b16 } from '../../../../collections/projects/projects/components/CreateFromContract'
import { PlanTimeline as PlanTimeline_957426f3b6e4aa9e877c615e8256f6c0 } from '../../../../collections/projects/projects/components/PlanTimeline'
import { TakeOverContractActivities as TakeOverContractActivities_8dbf5a31182f14f4c1fed9f93bc1dee1 } from '../../../../collections/projects/projects/components/TakeOverContractActivities'
import { ProjectTickets as ProjectTickets_887e21e21d30cedf822fba5954147493 } from '../../../../collections/projects/projects/components/ProjectTickets'
import { ProjectHistory as ProjectHistory_1496b58a26980c6b642ae31183222e7d } from '../../../../collections/projects/projects/components/ProjectHistory'
import { HealthPanel as HealthPanel_3f3896ba91a05e9df8af870b4b38a880 } from '../../../../collections/projects/projects/components/HealthPanel'
import { ResponsibleLoad as ResponsibleLoad_8542a4f051e4a9296134ec1532130b11 } from '../../../../collections/projects/resources/components/ResponsibleLoad'
import { InitialsAvatar as InitialsAvatar_4f1c6e8af2fe78fd74da867d2c7be617 } from '../../../../src/components/shell/InitialsAvatar'
import { CompanyIcon as CompanyIcon_3cd1bfb6efcda968e6b3b9f754ff95d8 } from '../../../../src/components/shell/CompanyIcon'
import { CompanyLogo as CompanyLogo_283e4b67d8755b1e6620bbfc34ba3d48 } from '../../../../src/components/shell/CompanyLogo'
import { GlobalSearch as GlobalSearch_19c60b30361889313f2200e39bcba040 } from '../../../../hooks/search/components/GlobalSearch'
import { UnreadBadge as UnreadBadge_12f172b6292680d7d2d7394b47835bd6 } from '../../../../collections/admin/notifications/components/UnreadBadge'
import { MyWorkDashboard as MyWorkDashboard_03393728f3ee9cebf59a5c46888b0bd0 } from '../../../../src/components/shell/myWork/MyWorkDashboard'
import { WorkViewsNav as WorkViewsNav_ad18b117ec073f6c0b020663def4d2f8 } from '../../../../src/components/shell/WorkViewsNav'
import { PreferredLanguage as PreferredLanguage_c0bfed3e5ecc0e7ca7851f1ef56df25c } from '../../../../src/components/shell/PreferredLanguage'
import { OpenNavOnWideScreens as OpenNavOnWideScreens_25a8bd2f66e1d71d926fd5588c1bb14d } from '../../../../src/components/shell/OpenNavOnWideScreens'
import { SettingsTimeZone as SettingsTimeZone_64594efda8ff28a8a5ba5be4008b0d99 } from '../../../../src/components/shell/SettingsTimeZone'
import { AccessibleAdmin as AccessibleAdmin_5ac414e5a1d6e158e2453aac202be31f } from '../../../../src/components/shell/accessibility/AccessibleAdmin'
import { HomeView as HomeView_085859ffbf55f9c49e32c27f433d995c } from '../../../../hooks/home/components/HomeView'
import { MyWorkView as MyWorkView_3c0c540755eaac4cde416d51cbc5aa6d } from '../../../../src/components/shell/myWork/MyWorkView'
import { CalendarView as CalendarView_410c04e059392f34b0e38640a6e013e1 } from '../../../../hooks/calendar/components/CalendarView'
import { PipelineView as PipelineView_717eefad00538e41b9f2a8f59e43dc93 } from '../../../../collections/crm/opportunities/pipeline/PipelineView'
import { SupportTeamView as SupportTeamView_7f530ef4cad6861863eb5552d9d99667 } from '../../../../collections/support/tickets/teamSummary/components/SupportTeamView'
import { ReportsView as ReportsView_4e38d6664883e51688fff8c5908dee1d } from '../../../../collections/support/tickets/reports/components/ReportsView'
import { ResourcesView as ResourcesView_ac0d237768737bc28f6b23c96645bf94 } from '../../../../collections/projects/resources/components/ResourcesView'
import { PortfolioView as PortfolioView_1335a04a2b91201c0209d313f8f1a599 } from '../../../../collections/projects/projects/components/PortfolioView'
import { TimesheetView as TimesheetView_7db5dcb25a1214f16cd26b68c746185c } from '../../../../collections/projects/time-entries/timesheet/components/TimesheetView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/admin/users/PasswordRule#PasswordRule": PasswordRule_378709938df2af8c2f88d480a6679d59,
  "/src/components/shared/PhoneCell#PhoneCell": PhoneCell_2b4967e0a20ae6617201078da16c0299,
  "/hooks/workflow/components/EventCells#EventCollectionCell": EventCollectionCell_839b8fd32ed56d5c1836dd6f8da8c6fd,
  "/hooks/workflow/components/EventCells#EventStepCell": EventStepCell_839b8fd32ed56d5c1836dd6f8da8c6fd,
  "/hooks/workflow/components/EventCells#EventStateCell": EventStateCell_839b8fd32ed56d5c1836dd6f8da8c6fd,
  "/collections/admin/roles/AdminRoleNote#AdminRoleNote": AdminRoleNote_db5757d86543b07b8f451109fd057d55,
  "/collections/admin/notifications/components/OpenRecordLink#OpenRecordLink": OpenRecordLink_a50b2628b81ec6bb86797a934a0252f4,
  "/collections/admin/notifications/components/KindCell#KindCell": KindCell_2c7ea1f40a9245e3326e90f46d93dd09,
  "/collections/admin/notifications/components/KindField#KindField": KindField_0b5f6b3f296f95613fda5c8497825fef,
  "/collections/admin/notifications/components/KindFilter#KindFilter": KindFilter_48851a14e9c266d893f34dae54b33d88,
  "/src/components/shared/dates/ZonedDateCell#ZonedDateCell": ZonedDateCell_e84a81805fb5bfe2590cc04b1548db28,
  "/src/components/shared/dates/ZonedDateField#ZonedDateField": ZonedDateField_98443262b6bba6ea3311f84ad8c9a868,
  "/collections/admin/notifications/components/MarkAllReadButton#MarkAllReadButton": MarkAllReadButton_db77a9220df53b3bcf8e9fbf4b522840,
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
  "/src/components/shared/records/RelatedCounts#RelatedCounts": RelatedCounts_803d412aafed2de550ccae3ef22c36a5,
  "/hooks/customFields/components/CustomFieldsInput#CustomFieldsInput": CustomFieldsInput_557a923172b4e2bc9f14a61bc40edcd0,
  "/hooks/workflow/components/StatusCell#StatusCell": StatusCell_224955c5aebb1f86242761eaab6b2acf,
  "/hooks/workflow/components/WorkflowPanel#WorkflowPanel": WorkflowPanel_6964548ef5862ea7c3420df26642ea4d,
  "/collections/sales/offers/components/ProductPicker#ProductPicker": ProductPicker_0d4793ff761b9a41a9bc160d538a6730,
  "/collections/sales/offers/components/LineLabel#LineLabel": LineLabel_9018719d63bc5e5fd7eafea2da0072e2,
  "/collections/sales/offers/components/LinesTotals#LinesTotals": LinesTotals_b4f83a505d0576593bbd86a677ab2372,
  "/collections/sales/offers/components/ReportLinks#ReportLinks": ReportLinks_5889961085ea1ea66dfe294fa89218e9,
  "/collections/contracts/contracts/components/CreateFromOffer#CreateFromOffer": CreateFromOffer_8648e7ad67810b088998709fe5e8f518,
  "/collections/sales/offers/components/NewFromTemplate#NewFromTemplate": NewFromTemplate_fdceb662c1ef88befb72f67d0994f44d,
  "/collections/support/ticket-types/components/TicketTypeCustomFields#TicketTypeCustomFields": TicketTypeCustomFields_8667e6fb4ca50adeae794216077fa67e,
  "/collections/support/tickets/components/TicketTypeDefaults#TicketTypeDefaults": TicketTypeDefaults_9cf3bba1ac088afbf2a8d3123527f450,
  "/hooks/export/components/ExportButton#ExportButton": ExportButton_96fac79748e56a71f1e923b183c552ca,
  "/collections/contracts/contracts/components/ConcernedBy#ConcernedBy": ConcernedBy_f11fd511e5b5d153787033e142b1a65f,
  "/collections/contracts/contracts/components/History#History": History_8bac7f626b0e55933dac24dc4d4f6a4f,
  "/collections/contracts/contracts/components/PrintLinks#PrintLinks": PrintLinks_31f6a367da16457783670efedb95be11,
  "/collections/projects/projects/components/CreateFromContract#CreateFromContract": CreateFromContract_c80c31ce9593a218fc6252d94b264b16,
  "/collections/projects/projects/components/PlanTimeline#PlanTimeline": PlanTimeline_957426f3b6e4aa9e877c615e8256f6c0,
  "/collections/projects/projects/components/TakeOverContractActivities#TakeOverContractActivities": TakeOverContractActivities_8dbf5a31182f14f4c1fed9f93bc1dee1,
  "/collections/projects/projects/components/ProjectTickets#ProjectTickets": ProjectTickets_887e21e21d30cedf822fba5954147493,
  "/collections/projects/projects/components/ProjectHistory#ProjectHistory": ProjectHistory_1496b58a26980c6b642ae31183222e7d,
  "/collections/projects/projects/components/HealthPanel#HealthPanel": HealthPanel_3f3896ba91a05e9df8af870b4b38a880,
  "/collections/projects/resources/components/ResponsibleLoad#ResponsibleLoad": ResponsibleLoad_8542a4f051e4a9296134ec1532130b11,
  "/src/components/shell/InitialsAvatar#InitialsAvatar": InitialsAvatar_4f1c6e8af2fe78fd74da867d2c7be617,
  "/src/components/shell/CompanyIcon#CompanyIcon": CompanyIcon_3cd1bfb6efcda968e6b3b9f754ff95d8,
  "/src/components/shell/CompanyLogo#CompanyLogo": CompanyLogo_283e4b67d8755b1e6620bbfc34ba3d48,
  "/hooks/search/components/GlobalSearch#GlobalSearch": GlobalSearch_19c60b30361889313f2200e39bcba040,
  "/collections/admin/notifications/components/UnreadBadge#UnreadBadge": UnreadBadge_12f172b6292680d7d2d7394b47835bd6,
  "/src/components/shell/myWork/MyWorkDashboard#MyWorkDashboard": MyWorkDashboard_03393728f3ee9cebf59a5c46888b0bd0,
  "/src/components/shell/WorkViewsNav#WorkViewsNav": WorkViewsNav_ad18b117ec073f6c0b020663def4d2f8,
  "/src/components/shell/PreferredLanguage#PreferredLanguage": PreferredLanguage_c0bfed3e5ecc0e7ca7851f1ef56df25c,
  "/src/components/shell/OpenNavOnWideScreens#OpenNavOnWideScreens": OpenNavOnWideScreens_25a8bd2f66e1d71d926fd5588c1bb14d,
  "/src/components/shell/SettingsTimeZone#SettingsTimeZone": SettingsTimeZone_64594efda8ff28a8a5ba5be4008b0d99,
  "/src/components/shell/accessibility/AccessibleAdmin#AccessibleAdmin": AccessibleAdmin_5ac414e5a1d6e158e2453aac202be31f,
  "/hooks/home/components/HomeView#HomeView": HomeView_085859ffbf55f9c49e32c27f433d995c,
  "/src/components/shell/myWork/MyWorkView#MyWorkView": MyWorkView_3c0c540755eaac4cde416d51cbc5aa6d,
  "/hooks/calendar/components/CalendarView#CalendarView": CalendarView_410c04e059392f34b0e38640a6e013e1,
  "/collections/crm/opportunities/pipeline/PipelineView#PipelineView": PipelineView_717eefad00538e41b9f2a8f59e43dc93,
  "/collections/support/tickets/teamSummary/components/SupportTeamView#SupportTeamView": SupportTeamView_7f530ef4cad6861863eb5552d9d99667,
  "/collections/support/tickets/reports/components/ReportsView#ReportsView": ReportsView_4e38d6664883e51688fff8c5908dee1d,
  "/collections/projects/resources/components/ResourcesView#ResourcesView": ResourcesView_ac0d237768737bc28f6b23c96645bf94,
  "/collections/projects/projects/components/PortfolioView#PortfolioView": PortfolioView_1335a04a2b91201c0209d313f8f1a599,
  "/collections/projects/time-entries/timesheet/components/TimesheetView#TimesheetView": TimesheetView_7db5dcb25a1214f16cd26b68c746185c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
