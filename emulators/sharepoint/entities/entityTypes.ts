// THE table of the entity types the emulator models: every property and navigation property Microsoft documents
// for each type, and what the emulator does with it. The emulator answers from here — a property it serves is
// sent (by default, or when `$select`ed); a documented one it does not model is answered 501 naming it; a name
// the type does not have is SharePoint's 400 — and `tests/integration/emulator/entityTypes.test.ts` walks every
// name of every modelled type to hold it to that.
//
// The names are the members of the client object model classes in Microsoft's reference (one `reference` per
// type: the `Microsoft.SharePoint.Client` class, whose properties REST exposes under the same names), as
// SharePoint Online lists them today in its own `/_api/$metadata`:
// https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client?view=sharepoint-csom
// https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service

/** Splits a whitespace-separated list of names (keeps the table readable). */
function names(strings: TemplateStringsArray): readonly string[] {
  return strings.join('').split(/\s+/).filter(Boolean);
}

/** Microsoft's reference page of a client object model class. */
function csom(className: string): string {
  return `https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.${className}?view=sharepoint-csom`;
}

/** One row of the table: what Microsoft documents for a type, and what the emulator models of it. */
interface TypeRow {
  /** Microsoft's reference for the type. */
  readonly reference: string;
  /** The type it derives from; its documented names are this type's too. */
  readonly base?: string;
  /** Documented properties (the base type's come on top). */
  readonly properties: readonly string[];
  /** Documented navigation properties (the base type's come on top). */
  readonly navigation: readonly string[];
  /** A base type only: no entity of it is ever answered. */
  readonly abstract?: true;
  /** The modelled type whose `served`/`selected`/`writable`/… lists this type's add to (SP.Field's subtypes). */
  readonly extendsModel?: string;
  /** Served, and sent without `$select`, in this order. */
  readonly served?: readonly string[];
  /** Served, and sent only when `$select` names them (as SharePoint does for permissions and the like). */
  readonly selected?: readonly string[];
  /** Navigation properties that `$expand` (and the path) resolve. */
  readonly expandable?: readonly string[];
  /** Navigation properties the path resolves (`list/items`) but `$expand` does not: 501 there. */
  readonly pathOnly?: readonly string[];
  /** Properties a MERGE/PATCH may set; any other documented property is 501, an undocumented one 400. */
  readonly writable?: readonly string[];
  /** Properties the creating POST may set besides `writable`. */
  readonly creatable?: readonly string[];
}

const TABLE: Readonly<Record<string, TypeRow>> = {
  'SP.SecurableObject': {
    reference: csom('securableobject'),
    properties: names`HasUniqueRoleAssignments ShieldAddRoleAssignmentPushdown`,
    navigation: names`FirstUniqueAncestorSecurableObject RoleAssignments`,
    abstract: true,
  },
  'SP.Web': {
    reference: csom('web'),
    base: 'SP.SecurableObject',
    properties: names`
      AccessRequestListUrl AccessRequestSiteDescription Acronym AllowAutomaticASPXPageIndexing
      AllowCreateDeclarativeWorkflowForCurrentUser AllowDesignerForCurrentUser
      AllowMasterPageEditingForCurrentUser AllowRevertFromTemplateForCurrentUser AllowRssFeeds
      AllowSaveDeclarativeWorkflowAsTemplateForCurrentUser
      AllowSavePublishDeclarativeWorkflowForCurrentUser AlternateCssUrl AppInstanceId ClassicWelcomePage
      CommentsOnSitePagesDisabled Configuration ContainsConfidentialInfo Created CurrentChangeToken
      CustomMasterUrl CustomSiteActionsDisabled DefaultNewPageTemplateId Description
      DescriptionForExistingLanguage DescriptionTranslations DesignerDownloadUrlForCurrentUser
      DesignPackageId DisableAppViews DisableFlows DisableRecommendedItems
      DocumentLibraryCalloutOfficeWebAppPreviewersDisabled EffectiveBasePermissions EnableMinimalDownload
      ExcludeFromOfflineClient FontOptionForSiteFooterNav FontOptionForSiteFooterTitle
      FontOptionForSiteNav FontOptionForSiteTitle FooterAlignment FooterBlur FooterColorIndexInDarkMode
      FooterColorIndexInLightMode FooterEmphasis FooterEnabled FooterLayout FooterOverlayColor
      FooterOverlayGradientDirection FooterOverlayOpacity HasWebTemplateExtension
      HeaderColorIndexInDarkMode HeaderColorIndexInLightMode HeaderEmphasis HeaderLayout
      HeaderOverlayColor HeaderOverlayGradientDirection HeaderOverlayOpacity HideTitleInHeader
      HorizontalQuickLaunch Id IsEduClass IsEduClassProvisionChecked IsEduClassProvisionPending
      IsHomepageModernized IsMultilingual IsProvisioningComplete IsRevertHomepageLinkHidden Language
      LastItemModifiedDate LastItemUserModifiedDate LogoAlignment MasterUrl MegaMenuEnabled
      MembersCanShare NavAudienceTargetingEnabled NextStepsFirstRunEnabled NoCrawl
      NotificationsInOneDriveForBusinessEnabled NotificationsInSharePointEnabled ObjectCacheEnabled
      OverwriteTranslationsOnChange ResourcePath PreviewFeaturesEnabled PrimaryColor QuickLaunchEnabled
      RecycleBinEnabled RelatedHubSiteIds RequestAccessEmail SaveSiteAsTemplateEnabled SearchBoxInNavBar
      SearchBoxPlaceholderText SearchScope ServerRelativePath ServerRelativeUrl
      ShowUrlStructureForCurrentUser SiteLogoDescription SiteLogoUrl SupportedUILanguageIds
      SyndicationEnabled TenantAdminMembersCanShare TenantTagPolicyEnabled ThemeApplicationActionHistory
      ThemeData ThemedCssFolderUrl ThirdPartyMdmEnabled Title TitleForExistingLanguage TitleTranslations
      TreeViewEnabled UIVersion UIVersionConfigurationEnabled Url UseAccessRequestDefault WebTemplate
      WebTemplateConfiguration WebTemplatesGalleryFirstRunEnabled WelcomePage
    `,
    navigation: names`
      AccessRequestsList Activities ActivityLogger Alerts AllProperties AppTiles AssociatedMemberGroup
      AssociatedOwnerGroup AssociatedVisitorGroup Author AvailableContentTypes AvailableFields
      CanModernizeHomepage CardDesigns ClientWebParts ContentTypes CurrentUser
      DataLeakagePreventionStatusInfo DescriptionResource EventReceivers Features Fields Folders
      HostedApps Lists ListTemplates MultilingualSettings Navigation OneDriveSharedItems ParentWeb
      PushNotificationSubscribers RecycleBin RegionalSettings RoleDefinitions RootFolder
      SiteCollectionAppCatalog SiteGroups SiteUserInfoList SiteUsers TenantAppCatalog ThemeInfo
      TitleResource UserCustomActions Webs WebInfos WorkflowAssociations WorkflowTemplates
    `,
    served: names`
      AllowRssFeeds AlternateCssUrl AppInstanceId Configuration Created CustomMasterUrl Description
      EnableMinimalDownload Id IsMultilingual Language LastItemModifiedDate LastItemUserModifiedDate
      MasterUrl NoCrawl QuickLaunchEnabled RecycleBinEnabled ServerRelativeUrl SiteLogoUrl
      SyndicationEnabled Title TreeViewEnabled UIVersion UIVersionConfigurationEnabled Url WebTemplate
      WelcomePage
    `,
    selected: names`HasUniqueRoleAssignments EffectiveBasePermissions ServerRelativePath`,
    expandable: names`
      Lists CurrentUser SiteUsers SiteGroups AssociatedOwnerGroup AssociatedMemberGroup
      AssociatedVisitorGroup RootFolder ParentWeb RegionalSettings RoleDefinitions RoleAssignments Folders
    `,
    writable: names`Title Description`,
  },
  'SP.Site': {
    reference: csom('site'),
    properties: names`
      AllowCreateDeclarativeWorkflow AllowDesigner AllowedExternalDomains AllowExternalEmbeddingWrapper
      AllowMasterPageEditing AllowRevertFromTemplate AllowSaveDeclarativeWorkflowAsTemplate
      AllowSavePublishDeclarativeWorkflow AllowSelfServiceUpgrade AllowSelfServiceUpgradeEvaluation
      AuditLogTrimmingRetention CanSyncHubSitePermissions CanUpgrade ChannelCapabilities ChannelGroupId
      Classification CommentsOnSitePagesDisabled CompatibilityLevel ComplianceAttribute CurrentChangeToken
      CustomizedFormsPages DisableAppViews DisableCompanyWideSharingLinks DisableFlows
      ExternalSharingTipsEnabled ExternalUserExpirationInDays GeoLocation GroupId HubSiteId Id
      SensitivityLabelId SensitivityLabel IsExternalWorkspace IsHubSite
      IsRestrictContentOrgWideSearchPolicyEnforcedOnSite IsRestrictedAccessControlPolicyEnforcedOnSite
      IsRestrictedContentDiscoveryforCopilotAndAgentsEnabled IsRubySite IsScheduledForRemoval
      IsUnlicensedOdb LockIssue MaxItemsPerThrottledOperation MediaTranscriptionDisabled NeedsB2BUpgrade
      ResourcePath PrimaryUri ReadOnly RelatedGroupId RequiredDesignerVersion
      RestrictContentOrgWideSearchUpdate RestrictedAccessControlGroupsDelegatedOnSite
      RestrictedAccessControlGroupsEnforcedOnSite SandboxedCodeActivationCapability
      ScheduledDateForRemoval SearchBoxInNavBar SearchBoxPlaceholderText SensitivityLabelInfo
      ServerRelativePath ServerRelativeUrl ShareByEmailEnabled ShareByLinkEnabled
      ShowPeoplePickerSuggestionsForGuestUsers ShowUrlStructure SitePolicyEnabled
      SocialBarOnSitePagesDisabled StatusBarLink StatusBarText ThicketSupportDisabled TrimAuditLog
      UIVersionConfigurationEnabled UnifiedDomainUrl UnlicensedOdbLicenseEnforcementWarningContext
      UpgradeInfo UpgradeReminderDate UpgradeScheduled UpgradeScheduledDate Upgrading Url Usage
      WriteLocked
    `,
    navigation: names`
      Audit CustomScriptSafeDomains EventReceivers Features HubSiteSynchronizableVisitorGroup Owner
      RecycleBin RootWeb SecondaryContact UserCustomActions VersionPolicyForNewLibrariesTemplate
    `,
    served: names`AllowDesigner Id ReadOnly ServerRelativeUrl Url`,
    selected: names`ServerRelativePath`,
    expandable: names`RootWeb`,
  },
  'SP.RegionalSettings': {
    reference: csom('regionalsettings'),
    properties: names`
      AdjustHijriDays AlternateCalendarType AM CalendarType Collation CollationLCID DateFormat
      DateSeparator DecimalSeparator DigitGrouping FirstDayOfWeek FirstWeekOfYear IsEastAsia IsRightToLeft
      IsUIRightToLeft ListSeparator LocaleId NegativeSign NegNumberMode PM PositiveSign ShowWeeks
      ThousandSeparator Time24 TimeMarkerPosition TimeSeparator WorkDayEndHour WorkDays WorkDayStartHour
    `,
    navigation: names`InstalledLanguages TimeZone TimeZones`,
    served: names`
      AdjustHijriDays AlternateCalendarType AM CalendarType Collation CollationLCID DateFormat
      DateSeparator DecimalSeparator DigitGrouping FirstDayOfWeek FirstWeekOfYear IsEastAsia IsRightToLeft
      IsUIRightToLeft ListSeparator LocaleId NegativeSign NegNumberMode PM PositiveSign ShowWeeks
      ThousandSeparator Time24 TimeMarkerPosition TimeSeparator
    `,
    writable: names`LocaleId`,
  },
  'SP.List': {
    reference: csom('list'),
    base: 'SP.SecurableObject',
    properties: names`
      AdditionalUXProperties AllowContentTypes AllowDeletion BaseTemplate BaseType BrowserFileHandling
      Color ContentTypesEnabled CrawlNonDefaultViews Created CurrentChangeToken CustomActionElements
      DataSource DefaultContentApprovalWorkflowId DefaultDisplayFormUrl DefaultEditFormUrl
      DefaultItemOpenInBrowser DefaultItemOpenUseListSetting DefaultNewFormUrl DefaultViewPath
      DefaultViewUrl Description Direction DisableCommenting DisableGridEditing DocumentTemplateUrl
      DraftVersionVisibility EffectiveBasePermissions EffectiveBasePermissionsForUI EnableAssignToEmail
      EnableAttachments EnabledQueryableColumnsDateTime EnableFolderCreation EnableMinorVersions
      EnableModeration EnableRequestSignOff EnableVersioning EntityTypeName ExcludeFromOfflineClient
      ExcludeFromOfflineMode ExemptFromBlockDownloadOfNonViewableFiles FileSavePostProcessingEnabled
      ForceCheckout HasContentAssemblyTemplates HasCopyMoveRules HasExternalDataSource
      HasFolderColoringFields HasListBoundContentAssemblyTemplates Hidden HighPriorityMediaProcessing Icon
      Id ImagePath ImageUrl DefaultSensitivityLabelForLibrary
      SensitivityLabelToEncryptOnDownloadForLibrary IrmEnabled IrmExpire IrmReject IsApplicationList
      IsCatalog IsContributorOwnerEnabled IsDefaultDocumentLibrary IsEnterpriseGalleryLibrary
      IsPredictionModelApplied IsPrivate IsSiteAssetsLibrary IsSystemList ItemCount LastItemDeletedDate
      LastItemModifiedDate LastItemUserModifiedDate ListExperienceOptions ListFormCustomized
      ListItemEntityTypeFullName ListSchemaVersion MajorVersionLimit MajorWithMinorVersionsLimit
      MultipleDataList NoCrawl OnQuickLaunch PageRenderType ParentWebPath ParentWebUrl ParserDisabled
      ReadSecurity SchemaXml ServerTemplateCanCreateFolders ShowHiddenFieldsInModernForm ShowOneTabOnly
      TemplateFeatureId TemplateTypeId Title ValidationFormula ValidationMessage WriteSecurity
    `,
    navigation: names`
      Author ContentTypes CreatablesInfo DefaultView DescriptionResource EventReceivers Fields Forms
      InformationRightsManagementSettings Items ParentWeb RootFolder Subscriptions TitleResource
      UserCustomActions VersionPolicies Views WorkflowAssociations
    `,
    served: names`
      AllowContentTypes BaseTemplate BaseType ContentTypesEnabled CrawlNonDefaultViews Created
      DefaultContentApprovalWorkflowId Description Direction DocumentTemplateUrl DraftVersionVisibility
      EnableAttachments EnableFolderCreation EnableMinorVersions EnableModeration EnableVersioning
      EntityTypeName ForceCheckout HasExternalDataSource Hidden Id ImageUrl IrmEnabled IrmExpire IrmReject
      IsApplicationList IsCatalog IsPrivate ItemCount LastItemDeletedDate LastItemModifiedDate
      ListItemEntityTypeFullName MultipleDataList NoCrawl ParentWebUrl ServerTemplateCanCreateFolders
      TemplateFeatureId Title
    `,
    selected: names`
      ReadSecurity WriteSecurity HasUniqueRoleAssignments EffectiveBasePermissions
      EffectiveBasePermissionsForUI DefaultViewUrl DefaultViewPath ParentWebPath
    `,
    expandable: names`Fields Views DefaultView RootFolder ParentWeb RoleAssignments`,
    pathOnly: names`Items`,
    writable: names`
      Title Description Hidden EnableVersioning ContentTypesEnabled ReadSecurity WriteSecurity
    `,
    creatable: names`BaseTemplate AllowContentTypes`,
  },
  'SP.Field': {
    reference: csom('field'),
    properties: names`
      AutofillInfo AutoIndexed CanBeDeleted ClientSideComponentId ClientSideComponentProperties
      ClientValidationFormula ClientValidationMessage CustomFormatter DefaultFormula DefaultValue
      Description Direction EnforceUniqueValues EntityPropertyName Filterable FromBaseType Group Hidden Id
      Indexed IndexStatus InternalName IsModern JSLink NoCrawl PinnedToFiltersPane ReadOnlyField Required
      SchemaXml SchemaXmlWithResourceTokens Scope Sealed ShowInFiltersPane Sortable StaticName Title
      FieldTypeKind TypeAsString TypeDisplayName TypeShortDescription ValidationFormula ValidationMessage
    `,
    navigation: names`DescriptionResource TitleResource`,
    served: names`
      AutoIndexed CanBeDeleted ClientSideComponentId ClientSideComponentProperties CustomFormatter
      DefaultFormula DefaultValue Description Direction EnforceUniqueValues EntityPropertyName Filterable
      FromBaseType Group Hidden Id Indexed IndexStatus InternalName JSLink PinnedToFiltersPane
      ReadOnlyField Required SchemaXml Scope Sealed ShowInFiltersPane Sortable StaticName Title
      FieldTypeKind TypeAsString TypeDisplayName TypeShortDescription ValidationFormula ValidationMessage
    `,
    writable: names`
      Title Indexed Required Hidden Description Group DefaultValue EnforceUniqueValues StaticName
    `,
    creatable: names`FieldTypeKind`,
  },
  'SP.FieldText': {
    extendsModel: 'SP.Field',
    reference: csom('fieldtext'),
    base: 'SP.Field',
    properties: names`MaxLength`,
    navigation: [],
    served: names`MaxLength`,
    writable: names`MaxLength`,
  },
  'SP.FieldMultiLineText': {
    extendsModel: 'SP.Field',
    reference: csom('fieldmultilinetext'),
    base: 'SP.Field',
    properties: names`
      AllowHyperlink AppendOnly IsLongHyperlink NumberOfLines RestrictedMode RichText
      UnlimitedLengthInDocumentLibrary WikiLinking
    `,
    navigation: [],
    served: names`AllowHyperlink AppendOnly NumberOfLines RestrictedMode RichText`,
    writable: names`AllowHyperlink AppendOnly NumberOfLines RestrictedMode RichText`,
  },
  'SP.FieldNumber': {
    extendsModel: 'SP.Field',
    reference: csom('fieldnumber'),
    base: 'SP.Field',
    properties: names`
      CommaSeparator CustomUnitName CustomUnitOnRight DisplayFormat MaximumValue MinimumValue
      ShowAsPercentage Unit
    `,
    navigation: [],
    served: names`DisplayFormat MaximumValue MinimumValue`,
    writable: names`DisplayFormat MaximumValue MinimumValue`,
  },
  'SP.FieldCurrency': {
    extendsModel: 'SP.Field',
    reference: csom('fieldcurrency'),
    base: 'SP.FieldNumber',
    properties: names`CurrencyLocaleId`,
    navigation: [],
    served: names`CurrencyLocaleId DisplayFormat MaximumValue MinimumValue`,
    writable: names`CurrencyLocaleId DisplayFormat MaximumValue MinimumValue`,
  },
  'SP.FieldDateTime': {
    extendsModel: 'SP.Field',
    reference: csom('fielddatetime'),
    base: 'SP.Field',
    properties: names`DateTimeCalendarType DateFormat DisplayFormat FriendlyDisplayFormat TimeFormat`,
    navigation: [],
    served: names`DateTimeCalendarType DisplayFormat FriendlyDisplayFormat`,
    writable: names`DateTimeCalendarType DisplayFormat FriendlyDisplayFormat`,
  },
  'SP.FieldMultiChoice': {
    extendsModel: 'SP.Field',
    reference: csom('fieldmultichoice'),
    base: 'SP.Field',
    properties: names`FillInChoice Mappings Choices UnlimitedLengthInDocumentLibrary`,
    navigation: [],
    served: names`Choices FillInChoice Mappings`,
    writable: names`Choices FillInChoice`,
  },
  'SP.FieldChoice': {
    extendsModel: 'SP.Field',
    reference: csom('fieldchoice'),
    base: 'SP.FieldMultiChoice',
    properties: names`EditFormat`,
    navigation: [],
    served: names`Choices EditFormat FillInChoice Mappings`,
    writable: names`Choices EditFormat FillInChoice`,
  },
  'SP.FieldLookup': {
    extendsModel: 'SP.Field',
    reference: csom('fieldlookup'),
    base: 'SP.Field',
    properties: names`
      AllowMultipleValues DependentLookupInternalNames IsDependentLookup IsRelationship LookupField
      LookupList LookupWebId PrimaryFieldId RelationshipDeleteBehavior UnlimitedLengthInDocumentLibrary
    `,
    navigation: [],
    served: names`
      AllowMultipleValues IsRelationship LookupField LookupList LookupWebId PrimaryFieldId
      RelationshipDeleteBehavior UnlimitedLengthInDocumentLibrary
    `,
    writable: names`LookupField`,
    creatable: names`AllowMultipleValues LookupList`,
  },
  'SP.FieldUser': {
    extendsModel: 'SP.Field',
    reference: csom('fielduser'),
    base: 'SP.FieldLookup',
    properties: names`AllowDisplay Presence SelectionGroup SelectionMode UserDisplayOptions`,
    navigation: [],
    served: names`
      AllowDisplay AllowMultipleValues LookupField LookupList Presence SelectionGroup SelectionMode
    `,
    writable: names`SelectionMode`,
    creatable: names`AllowMultipleValues`,
  },
  'SP.FieldUrl': {
    extendsModel: 'SP.Field',
    reference: csom('fieldurl'),
    base: 'SP.Field',
    properties: names`DisplayFormat`,
    navigation: [],
    served: names`DisplayFormat`,
    writable: names`DisplayFormat`,
  },
  'SP.FieldComputed': {
    extendsModel: 'SP.Field',
    reference: csom('fieldcomputed'),
    base: 'SP.Field',
    properties: names`EnableLookup`,
    navigation: [],
    served: [],
  },
  'SP.FieldGuid': {
    extendsModel: 'SP.Field',
    reference: csom('fieldguid'),
    base: 'SP.Field',
    properties: [],
    navigation: [],
    served: [],
  },
  'SP.View': {
    reference: csom('view'),
    properties: names`
      Aggregations AggregationsStatus AssociatedContentTypeId BaseViewId CalendarViewStyles ColumnWidth
      ContentTypeId CustomFormatter DefaultView DefaultViewForContentType EditorModified Formats
      GridInitInfo GridLayout Hidden HtmlSchemaXml Id ImageUrl IncludeRootFolder ViewJoins JSLink
      ListViewXml Method MobileDefaultView MobileView ModerationType NewDocumentTemplates OrderedView
      Paged PageRenderType PersonalView ViewProjectedFields ViewQuery ReadOnlyView
      RequiresClientIntegration RowLimit Scope ServerRelativePath ServerRelativeUrl StyleId TabularView
      Threaded Title Toolbar ToolbarTemplateName ViewType ViewData ViewType2 VisualizationInfo
    `,
    navigation: names`ViewFields`,
    served: names`
      Aggregations AggregationsStatus BaseViewId DefaultView DefaultViewForContentType EditorModified
      Formats Hidden HtmlSchemaXml Id ImageUrl IncludeRootFolder ViewJoins JSLink ListViewXml Method
      MobileDefaultView MobileView ModerationType OrderedView Paged PersonalView ViewProjectedFields
      ViewQuery ReadOnlyView RequiresClientIntegration RowLimit Scope ServerRelativeUrl StyleId Threaded
      Title Toolbar ToolbarTemplateName ViewType ViewData VisualizationInfo
    `,
    selected: names`ServerRelativePath`,
    expandable: names`ViewFields`,
    writable: names`Title ViewQuery RowLimit DefaultView Paged Hidden Scope ViewFields`,
    creatable: names`PersonalView`,
  },
  'SP.ViewFieldCollection': {
    reference: csom('viewfieldcollection'),
    properties: names`SchemaXml Items`,
    navigation: [],
    served: names`SchemaXml Items`,
  },
  'SP.ListItem': {
    reference: csom('listitem'),
    base: 'SP.SecurableObject',
    properties: names`
      CommentsDisabled CommentsDisabledScope ComplianceInfo DisplayName EffectiveBasePermissions
      EffectiveBasePermissionsForUI FileSystemObjectType IconOverlay Id ServerRedirectedEmbedUri
      ServerRedirectedEmbedUrl Client_Title Title
    `,
    navigation: names`
      AttachmentFiles ContentType GetDlpPolicyTip FieldValuesAsHtml FieldValuesAsText FieldValuesForEdit
      File Folder LikedByInformation ParentList Properties Versions
    `,
    served: names`FileSystemObjectType Id ServerRedirectedEmbedUri ServerRedirectedEmbedUrl Title`,
    selected: names`HasUniqueRoleAssignments EffectiveBasePermissions EffectiveBasePermissionsForUI`,
    expandable: names`ParentList File Folder RoleAssignments`,
  },
  'SP.Folder': {
    reference: csom('folder'),
    properties: names`
      ContentTypeOrder Exists ExistsAllowThrowForPolicyFailures ExistsWithException IsWOPIEnabled
      ItemCount Name ProgID ServerRelativePath ServerRelativeUrl TimeCreated TimeLastModified
      UniqueContentTypeOrder UniqueId WelcomePage
    `,
    navigation: names`Files ListItemAllFields ParentFolder Properties StorageMetrics Folders`,
    served: names`
      Exists IsWOPIEnabled ItemCount Name ProgID ServerRelativePath ServerRelativeUrl TimeCreated
      TimeLastModified UniqueId WelcomePage
    `,
    selected: names`ContentTypeOrder UniqueContentTypeOrder`,
    expandable: names`Files Folders ListItemAllFields ParentFolder`,
  },
  'SP.File': {
    reference: csom('file'),
    properties: names`
      ActivityCapabilities Archived CheckInComment CheckOutType ComplianceInfo ContentTag
      CustomizedPageStatus ListId ETag Exists ExistsAllowThrowForPolicyFailures ExistsWithException
      ExpirationDate HasAlternateContentStreams IrmEnabled Length Level LinkingUri LinkingUrl MajorVersion
      MinorVersion Name PageRenderType ServerRedirectedUrl ServerRelativePath ServerRelativeUrl SiteId
      SuppressExpirationNotification TimeCreated TimeLastModified Title UIVersion UIVersionLabel UniqueId
      VroomDriveID VroomItemID WebId
    `,
    navigation: names`
      Author CheckedOutByUser EffectiveInformationRightsManagementSettings
      InformationRightsManagementSettings ListItemAllFields LockedByUser ModifiedBy Properties
      VersionEvents VersionExpirationReport Versions Web
    `,
    served: names`
      CheckInComment CheckOutType ContentTag CustomizedPageStatus ETag Exists IrmEnabled Length Level
      LinkingUri LinkingUrl MajorVersion MinorVersion Name ServerRelativeUrl TimeCreated TimeLastModified
      Title UIVersion UIVersionLabel UniqueId
    `,
    selected: names`ServerRelativePath ListId SiteId WebId`,
    expandable: names`ListItemAllFields Author ModifiedBy`,
  },
  'SP.Principal': {
    reference: csom('principal'),
    properties: names`Id IsHiddenInUI LoginName Title PrincipalType`,
    navigation: [],
    abstract: true,
  },
  'SP.User': {
    reference: csom('user'),
    base: 'SP.Principal',
    properties: names`
      AadObjectId Email EmailWithFallback Expiration HexCid IsEmailAuthenticationGuestUser
      IsShareByEmailGuestUser IsSiteAdmin UserId UserIdentityType UserPrincipalName
    `,
    navigation: names`Alerts Groups`,
    served: names`
      Id IsHiddenInUI LoginName Title PrincipalType Email Expiration IsEmailAuthenticationGuestUser
      IsShareByEmailGuestUser IsSiteAdmin UserId UserPrincipalName
    `,
    expandable: names`Groups`,
    writable: names`Title Email IsSiteAdmin`,
    creatable: names`LoginName`,
  },
  'SP.Group': {
    reference: csom('group'),
    base: 'SP.Principal',
    properties: names`
      AllowMembersEditMembership AllowRequestToJoinLeave AutoAcceptRequestToJoinLeave
      CanCurrentUserEditMembership CanCurrentUserManageGroup CanCurrentUserViewMembership
      ContainsCurrentUser Description OnlyAllowMembersViewMembership OwnerTitle
      RequestToJoinLeaveEmailSetting
    `,
    navigation: names`Owner Users`,
    served: names`
      Id IsHiddenInUI LoginName Title PrincipalType AllowMembersEditMembership AllowRequestToJoinLeave
      AutoAcceptRequestToJoinLeave Description OnlyAllowMembersViewMembership OwnerTitle
      RequestToJoinLeaveEmailSetting
    `,
    selected: names`CanCurrentUserViewMembership CanCurrentUserEditMembership ContainsCurrentUser`,
    expandable: names`Owner Users`,
    writable: names`Title Description AllowMembersEditMembership OnlyAllowMembersViewMembership`,
  },
  'SP.RoleDefinition': {
    reference: csom('roledefinition'),
    properties: names`BasePermissions Description Hidden Id Name Order RoleTypeKind`,
    navigation: [],
    served: names`BasePermissions Description Hidden Id Name Order RoleTypeKind`,
    writable: names`BasePermissions Description Name Order`,
  },
  'SP.RoleAssignment': {
    reference: csom('roleassignment'),
    properties: names`PrincipalId`,
    navigation: names`Member RoleDefinitionBindings`,
    served: names`PrincipalId`,
    expandable: names`Member RoleDefinitionBindings`,
  },
};

/** What the emulator does with one name of an entity type. */
export type Availability =
  /** Sent without `$select`. */
  | 'served'
  /** Sent when `$select`ed. */
  | 'selected'
  /** A navigation property `$expand` resolves. */
  | 'expandable'
  /** A navigation property only the path resolves. */
  | 'pathOnly'
  /** Documented, not modelled: 501 naming it. */
  | 'notModelled'
  /** Not a name of the type: SharePoint's 400. */
  | 'undocumented';

/** An entity type as the emulator answers it, resolved from the table (base types and model extensions applied). */
export interface EntityTypeSpec {
  readonly name: string;
  readonly reference: string;
  /** Every documented property, the base types' included. */
  readonly properties: readonly string[];
  /** Every documented navigation property, the base types' included. */
  readonly navigation: readonly string[];
  readonly served: readonly string[];
  readonly selected: readonly string[];
  readonly expandable: readonly string[];
  readonly pathOnly: readonly string[];
  readonly writable: readonly string[];
  readonly creatable: readonly string[];
  /** What the emulator does with a name (exact, case-sensitive, as SharePoint's model compares them). */
  availability(name: string): Availability;
}

function chain<T>(
  name: string,
  pick: (row: TypeRow) => readonly T[] | undefined,
  via: 'base' | 'extendsModel',
): T[] {
  const row = TABLE[name];
  if (!row) throw new Error(`The entity type table has no row '${name}'.`);
  const parent = row[via];
  return [...(parent ? chain(parent, pick, via) : []), ...(pick(row) ?? [])];
}

function resolve(name: string): EntityTypeSpec {
  const model = (pick: (row: TypeRow) => readonly string[] | undefined): string[] =>
    chain(name, pick, 'extendsModel');
  const spec = {
    name,
    reference: TABLE[name]!.reference,
    properties: chain(name, (row) => row.properties, 'base'),
    navigation: chain(name, (row) => row.navigation, 'base'),
    served: model((row) => row.served),
    selected: model((row) => row.selected),
    expandable: model((row) => row.expandable),
    pathOnly: model((row) => row.pathOnly),
    writable: model((row) => row.writable),
    creatable: model((row) => row.creatable),
  };
  const availability = new Map<string, Availability>();
  for (const property of spec.properties) availability.set(property, 'notModelled');
  for (const navigation of spec.navigation) availability.set(navigation, 'notModelled');
  const mark = (list: readonly string[], as: Availability, documented: readonly string[]): void => {
    for (const entry of list) {
      // A name the emulator claims must be one Microsoft documents for the type: the table cannot invent any.
      if (!documented.includes(entry))
        throw new Error(`${name}.${entry} is not a documented name of ${name}.`);
      availability.set(entry, as);
    }
  };
  mark(spec.served, 'served', spec.properties);
  mark(spec.selected, 'selected', spec.properties);
  mark(spec.expandable, 'expandable', spec.navigation);
  mark(spec.pathOnly, 'pathOnly', spec.navigation);
  for (const entry of [...spec.writable, ...spec.creatable]) {
    if (!availability.has(entry)) throw new Error(`${name}.${entry} is written but not documented.`);
  }
  return { ...spec, availability: (entry) => availability.get(entry) ?? 'undocumented' };
}

// Resolved once, at load: a row that claims an undocumented name fails every test that loads the emulator.
const SPECS: ReadonlyMap<string, EntityTypeSpec> = new Map(
  Object.keys(TABLE)
    .filter((name) => !TABLE[name]!.abstract)
    .map((name) => [name, resolve(name)]),
);

/** The entity types the emulator answers, by name (`SP.Web`, `SP.FieldText`, `SP.ListItem`…). */
export const MODELLED_TYPES: readonly string[] = [...SPECS.keys()];

/**
 * The table's entry for an entity type. List items carry their list's type (`SP.Data.<List>ListItem`,
 * `SP.Data.UserInfoItem`), all of them SP.ListItem. @returns undefined for a type the table does not model.
 */
export function entityTypeSpec(type: string): EntityTypeSpec | undefined {
  const direct = SPECS.get(type);
  if (direct) return direct;
  return /^SP\.Data\.\w+Item$/.test(type) ? SPECS.get('SP.ListItem') : undefined;
}

/** The table's entry for a modelled type. @throws Error when the table has no such type (a fault of the emulator). */
export function requireEntityType(type: string): EntityTypeSpec {
  const spec = entityTypeSpec(type);
  if (!spec) throw new Error(`The entity type table does not model ${type}.`);
  return spec;
}
