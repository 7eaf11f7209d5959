/**
 * Which OAuth scopes each Apps Script method needs, as its reference page
 * lists them ("Authorization: Scripts that use this method require
 * authorization with one or more of the following scopes"). Every fake checks
 * each call against this table and the manifest (build/appsscript.json):
 *  - a method that is not listed here throws (so the table cannot lag behind the code);
 *  - a method whose scopes are all missing from `oauthScopes` throws Apps
 *    Script's own message (see ./calls/scopeGate.ts).
 *
 * HOW TO ADD AN ENTRY (do this before your code calls a new method):
 *  1. Open the method's reference page (search "Apps Script <Class> <method>"),
 *     read its "Authorization" section.
 *  2. Under the class (the name Apps Script gives it: 'Range', 'Ui', 'Drive.Files'),
 *     add `method: [scopes…]` with the scopes listed there (any one suffices),
 *     or `method: NO_SCOPE` when the page lists none. Add the class with its
 *     reference URL if it is new.
 *  3. If the manifest lacks every listed scope, add the narrowest one to
 *     appsscript.json and say why in the README's permission paragraph.
 * Builders whose page is silent or unclear are given the scopes of their
 * service: stricter than Apps Script at worst, never looser.
 */

const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPE = {
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  spreadsheets: `${AUTH}spreadsheets`,
  documentsCurrentOnly: `${AUTH}documents.currentonly`,
  documents: `${AUTH}documents`,
  drive: `${AUTH}drive`,
  driveFile: `${AUTH}drive.file`,
  driveReadonly: `${AUTH}drive.readonly`,
  driveAppdata: `${AUTH}drive.appdata`,
  driveMetadata: `${AUTH}drive.metadata`,
  driveMetadataReadonly: `${AUTH}drive.metadata.readonly`,
  driveMeetReadonly: `${AUTH}drive.meet.readonly`,
  drivePhotosReadonly: `${AUTH}drive.photos.readonly`,
  driveScripts: `${AUTH}drive.scripts`,
  containerUi: `${AUTH}script.container.ui`,
  userinfoEmail: `${AUTH}userinfo.email`,
  sendMail: `${AUTH}script.send_mail`,
  scriptApp: `${AUTH}script.scriptapp`,
} as const;

export type Scopes = readonly string[];

/** The reference page lists no authorization for the method. */
export const NO_SCOPE: Scopes = [];

const SHEETS: Scopes = [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets];
const DOCS: Scopes = [SCOPE.documentsCurrentOnly, SCOPE.documents];
const DOCS_OPEN: Scopes = [SCOPE.documents];
const UI: Scopes = [SCOPE.containerUi];
const USER_EMAIL: Scopes = [SCOPE.userinfoEmail];
const DRIVE_READ: Scopes = [SCOPE.driveReadonly, SCOPE.drive];
const DRIVE_WRITE: Scopes = [SCOPE.drive];
// Drive API v3 (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/<method>)
const FILES_CREATE: Scopes = [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile];
const FILES_READ: Scopes = [
  SCOPE.drive,
  SCOPE.driveAppdata,
  SCOPE.driveFile,
  SCOPE.driveMeetReadonly,
  SCOPE.driveMetadata,
  SCOPE.driveMetadataReadonly,
  SCOPE.drivePhotosReadonly,
  SCOPE.driveReadonly,
];
const FILES_UPDATE: Scopes = [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile, SCOPE.driveMetadata, SCOPE.driveScripts];

export interface ClassScopes {
  /** The reference page of the class (one page per class). */
  reference: string;
  /** An advanced service's REST method prefix ('drive.files'): its errors read like the API's. */
  api?: string;
  methods: Record<string, Scopes>;
}

const SPREADSHEET_REF = 'https://developers.google.com/apps-script/reference/spreadsheet/';
const DOCUMENT_REF = 'https://developers.google.com/apps-script/reference/document/';

/** Every method of a class needs the same scopes. */
function all(scopes: Scopes, names: string[]): Record<string, Scopes> {
  return Object.fromEntries(names.map((name) => [name, scopes]));
}

export const METHOD_SCOPES: Readonly<Record<string, ClassScopes>> = {
  // ---------------------------------------------------------------- Spreadsheet service
  SpreadsheetApp: {
    reference: `${SPREADSHEET_REF}spreadsheet-app`,
    methods: {
      ...all(SHEETS, ['getActive', 'getActiveSpreadsheet', 'getActiveSheet', 'getActiveRange', 'getCurrentCell', 'getSelection', 'flush', 'setActiveRange', 'setActiveSheet']),
      ...all([SCOPE.spreadsheets], ['create', 'openById', 'openByUrl']),
      // getUi and the builders' factories list no authorization.
      ...all(NO_SCOPE, ['getUi', 'newConditionalFormatRule', 'newDataValidation', 'newFilterCriteria', 'newRichTextValue', 'newTextStyle']),
    },
  },
  Spreadsheet: {
    reference: `${SPREADSHEET_REF}spreadsheet`,
    methods: all(SHEETS, [
      'getId', 'getName', 'getUrl', 'getSheets', 'getSheetByName', 'getSheetById', 'getNumSheets', 'getActiveSheet', 'getActiveRange',
      'getSpreadsheetTimeZone', 'getSpreadsheetLocale', 'insertSheet', 'setActiveSheet', 'setActiveRange', 'toast', 'getRange',
      'getDeveloperMetadata', 'addDeveloperMetadata', 'createDeveloperMetadataFinder', 'getProtections', 'setSpreadsheetTimeZone',
      'deleteSheet', 'getDataRange', 'getSelection', 'rename', 'setActiveSelection', 'setSpreadsheetLocale', 'moveActiveSheet',
    ]),
  },
  Sheet: {
    reference: `${SPREADSHEET_REF}sheet`,
    methods: all(SHEETS, [
      'activate', 'getName', 'getSheetId', 'getIndex', 'getParent', 'getRange', 'getDataRange', 'getLastRow', 'getLastColumn',
      'getMaxRows', 'getMaxColumns', 'getFrozenRows', 'setFrozenRows', 'getFrozenColumns', 'setFrozenColumns', 'insertColumnsAfter',
      'insertRowsAfter', 'appendRow', 'getFilter', 'getProtections', 'getConditionalFormatRules', 'setConditionalFormatRules',
      'setColumnWidth', 'autoResizeColumns', 'hideSheet', 'showSheet', 'isSheetHidden', 'getCharts', 'insertChart', 'updateChart',
      'removeChart', 'newChart', 'getDeveloperMetadata', 'addDeveloperMetadata', 'createDeveloperMetadataFinder', 'setTabColor', 'clear',
      'insertColumnAfter', 'insertColumnBefore', 'insertColumnsBefore', 'isRowHiddenByFilter', 'protect',
      'autoResizeColumn', 'clearConditionalFormatRules', 'clearContents', 'clearFormats', 'deleteColumn',
      'deleteColumns', 'deleteRow', 'deleteRows', 'getColumnWidth', 'getSheetValues', 'getTabColor', 'getType',
      'insertColumns', 'insertRowAfter', 'insertRowBefore', 'insertRows', 'insertRowsBefore', 'isRowHiddenByUser',
      'setColumnWidths', 'setName', 'moveColumns',
    ]),
  },
  Range: {
    reference: `${SPREADSHEET_REF}range`,
    methods: all(SHEETS, [
      'activate', 'getA1Notation', 'getRow', 'getColumn', 'getNumRows', 'getNumColumns', 'getLastRow', 'getLastColumn', 'getSheet',
      'getValue', 'getValues', 'getDisplayValues', 'getFormulas', 'getNotes', 'getNumberFormats', 'getBackgrounds', 'getDataValidations',
      'setValue', 'setValues', 'setFormula', 'setFormulas', 'setNote', 'setNotes', 'setNumberFormat', 'setNumberFormats', 'setBackground',
      'setBackgrounds', 'setFontWeight', 'setFontColor', 'setFontStyle', 'setHorizontalAlignment', 'setWrap', 'setDataValidation',
      'setDataValidations', 'clearDataValidations', 'clearContent', 'createFilter', 'protect', 'offset', 'getCell',
      'getDeveloperMetadata', 'addDeveloperMetadata', 'createDeveloperMetadataFinder', 'getBackground', 'getDataValidation', 'getFontWeight',
      'insertCheckboxes',
      'activateAsCurrentCell', 'check', 'clear', 'clearFormat', 'getColumnIndex', 'getDisplayValue', 'getFilter',
      'getFontColor', 'getFontStyle', 'getFontWeights', 'getFormula', 'getGridId', 'getHeight', 'getNote',
      'getNumberFormat', 'getRowIndex', 'getWidth', 'getWrap', 'isBlank', 'isChecked', 'removeCheckboxes',
      'setBorder', 'setFontColors', 'setFontFamily', 'setFontSize', 'setFontWeights', 'setVerticalAlignment',
      'uncheck',
    ]),
  },
  Protection: {
    reference: `${SPREADSHEET_REF}protection`,
    methods: all(SHEETS, ['getDescription', 'setDescription', 'getRange', 'setRange', 'isWarningOnly', 'setWarningOnly', 'remove', 'getEditors', 'removeEditors', 'canEdit',
      'addEditor', 'addEditors', 'canDomainEdit', 'getProtectionType', 'removeEditor', 'setDomainEdit',
    ]),
  },
  Filter: {
    reference: `${SPREADSHEET_REF}filter`,
    methods: all(SHEETS, ['getRange', 'remove', 'setColumnFilterCriteria', 'removeColumnFilterCriteria', 'getColumnFilterCriteria', 'sort']),
  },
  FilterCriteria: { reference: `${SPREADSHEET_REF}filter-criteria`, methods: all(SHEETS, ['getVisibleValues', 'getHiddenValues', 'getCriteriaType', 'getCriteriaValues', 'copy']) },
  FilterCriteriaBuilder: {
    reference: `${SPREADSHEET_REF}filter-criteria-builder`,
    methods: all(SHEETS, ['build', 'whenTextEqualTo', 'whenTextEqualToAny', 'setHiddenValues', 'setVisibleValues', 'whenCellEmpty', 'whenCellNotEmpty',
      'copy', 'getCriteriaType', 'getCriteriaValues', 'getHiddenValues', 'getVisibleValues',
    ]),
  },
  ConditionalFormatRule: {
    reference: `${SPREADSHEET_REF}conditional-format-rule`,
    methods: all(SHEETS, ['getBooleanCondition', 'getRanges', 'copy', 'getGradientCondition']),
  },
  ConditionalFormatRuleBuilder: {
    reference: `${SPREADSHEET_REF}conditional-format-rule-builder`,
    methods: all(SHEETS, ['build', 'setBackground', 'setFontColor', 'setBold', 'setRanges', 'whenFormulaSatisfied', 'whenTextEqualTo', 'whenTextContains', 'whenCellEmpty',
      'copy', 'getBooleanCondition', 'getRanges', 'setItalic', 'setStrikethrough', 'setUnderline',
    ]),
  },
  BooleanCondition: {
    reference: `${SPREADSHEET_REF}boolean-condition`,
    methods: all(SHEETS, ['getCriteriaType', 'getCriteriaValues', 'getBackground', 'getFontColor', 'getBold',
      'getItalic', 'getStrikethrough',
    ]),
  },
  DataValidation: { reference: `${SPREADSHEET_REF}data-validation`, methods: all(SHEETS, ['getCriteriaType', 'getCriteriaValues', 'getHelpText', 'getAllowInvalid', 'copy']) },
  DataValidationBuilder: {
    reference: `${SPREADSHEET_REF}data-validation-builder`,
    methods: all(SHEETS, [
      'build', 'requireCheckbox', 'requireDate', 'requireFormulaSatisfied', 'requireNumberBetween', 'requireNumberGreaterThanOrEqualTo',
      'requireTextIsEmail', 'requireValueInList', 'setAllowInvalid', 'setHelpText',
      'copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText', 'requireDateAfter',
      'requireDateBefore', 'requireDateBetween', 'requireDateOnOrAfter', 'requireDateOnOrBefore',
      'requireNumberEqualTo', 'requireNumberGreaterThan', 'requireNumberLessThan', 'requireNumberLessThanOrEqualTo',
      'requireNumberNotBetween', 'requireTextContains', 'requireTextDoesNotContain', 'requireTextEqualTo',
      'requireTextIsUrl', 'requireValueInRange', 'withCriteria',
    ]),
  },

  // ---------------------------------------------------------------- Base: Ui, Menu, Session, Logger, Blob
  Ui: {
    reference: 'https://developers.google.com/apps-script/reference/base/ui',
    methods: {
      // Menus and the built-in alert/prompt list no scope; HTML dialogs and sidebars need script.container.ui.
      ...all(NO_SCOPE, ['createMenu', 'createAddonMenu', 'alert', 'prompt']),
      ...all(UI, ['showSidebar', 'showModalDialog', 'showModelessDialog']),
    },
  },
  Menu: { reference: 'https://developers.google.com/apps-script/reference/base/menu', methods: all(NO_SCOPE, ['addItem', 'addSeparator', 'addSubMenu', 'addToUi']) },
  PromptResponse: { reference: 'https://developers.google.com/apps-script/reference/base/prompt-response', methods: all(NO_SCOPE, ['getResponseText', 'getSelectedButton']) },
  Session: {
    reference: 'https://developers.google.com/apps-script/reference/base/session',
    methods: {
      ...all(USER_EMAIL, ['getActiveUser', 'getEffectiveUser']),
      ...all(NO_SCOPE, ['getScriptTimeZone', 'getActiveUserLocale', 'getTemporaryActiveUserKey']),
    },
  },
  User: { reference: 'https://developers.google.com/apps-script/reference/base/user', methods: all(NO_SCOPE, ['getEmail']) },
  Logger: { reference: 'https://developers.google.com/apps-script/reference/base/logger', methods: all(NO_SCOPE, ['log', 'getLog', 'clear']) },
  Blob: {
    reference: 'https://developers.google.com/apps-script/reference/base/blob',
    methods: all(NO_SCOPE, ['getBytes', 'setBytes', 'getDataAsString', 'setDataFromString', 'getContentType', 'setContentType', 'getName', 'setName', 'isGoogleType', 'copyBlob', 'getAs', 'getBlob']),
  },

  // ---------------------------------------------------------------- Html, Properties, Lock, Utilities, Script
  HtmlService: {
    reference: 'https://developers.google.com/apps-script/reference/html/html-service',
    methods: all(NO_SCOPE, ['createHtmlOutput', 'createHtmlOutputFromFile', 'createTemplate', 'createTemplateFromFile']),
  },
  HtmlOutput: {
    reference: 'https://developers.google.com/apps-script/reference/html/html-output',
    methods: all(NO_SCOPE, ['setWidth', 'setHeight', 'setTitle', 'getContent', 'append', 'setContent', 'addMetaTag', 'setXFrameOptionsMode', 'getTitle',
      'appendUntrusted', 'clear', 'getHeight', 'getSandboxMode', 'getWidth', 'setFaviconUrl', 'setSandboxMode',
    ]),
  },
  HtmlTemplate: { reference: 'https://developers.google.com/apps-script/reference/html/html-template', methods: all(NO_SCOPE, ['evaluate', 'getCode', 'getRawContent']) },
  PropertiesService: {
    reference: 'https://developers.google.com/apps-script/reference/properties/properties-service',
    methods: all(NO_SCOPE, ['getDocumentProperties', 'getUserProperties', 'getScriptProperties']),
  },
  Properties: {
    reference: 'https://developers.google.com/apps-script/reference/properties/properties',
    methods: all(NO_SCOPE, ['getProperty', 'setProperty', 'deleteProperty', 'getProperties', 'setProperties', 'getKeys', 'deleteAllProperties']),
  },
  LockService: {
    reference: 'https://developers.google.com/apps-script/reference/lock/lock-service',
    methods: all(NO_SCOPE, ['getDocumentLock', 'getScriptLock', 'getUserLock']),
  },
  Lock: { reference: 'https://developers.google.com/apps-script/reference/lock/lock', methods: all(NO_SCOPE, ['tryLock', 'waitLock', 'releaseLock', 'hasLock']) },
  Utilities: {
    reference: 'https://developers.google.com/apps-script/reference/utilities/utilities',
    methods: all(NO_SCOPE, ['formatDate', 'parseDate', 'formatString', 'sleep', 'getUuid', 'newBlob', 'base64Encode', 'base64Decode', 'computeDigest',
      'newBlobFromBase64', 'stringFromBytes',
    ]),
  },
  ScriptApp: {
    reference: 'https://developers.google.com/apps-script/reference/script/script-app',
    methods: {
      ...all(NO_SCOPE, ['getAuthorizationInfo', 'getScriptId']),
      ...all([SCOPE.scriptApp], ['getProjectTriggers', 'getUserTriggers', 'newTrigger', 'deleteTrigger']),
    },
  },
  TriggerBuilder: { reference: 'https://developers.google.com/apps-script/reference/script/trigger-builder', methods: all([SCOPE.scriptApp], ['timeBased', 'forSpreadsheet']) },
  ClockTriggerBuilder: {
    reference: 'https://developers.google.com/apps-script/reference/script/clock-trigger-builder',
    methods: all([SCOPE.scriptApp], ['create', 'everyHours', 'everyMinutes', 'everyDays', 'everyWeeks', 'atHour', 'nearMinute', 'onWeekDay', 'inTimezone', 'after', 'at']),
  },
  Trigger: {
    reference: 'https://developers.google.com/apps-script/reference/script/trigger',
    methods: all([SCOPE.scriptApp], ['getEventType', 'getHandlerFunction', 'getTriggerSource', 'getTriggerSourceId', 'getUniqueId']),
  },
  MailApp: {
    reference: 'https://developers.google.com/apps-script/reference/mail/mail-app',
    methods: all([SCOPE.sendMail], ['sendEmail', 'getRemainingDailyQuota']),
  },
  AuthorizationInfo: {
    reference: 'https://developers.google.com/apps-script/reference/script/authorization-info',
    methods: all(NO_SCOPE, ['getAuthorizationStatus', 'getAuthorizationUrl', 'getAuthorizedScopes']),
  },

  // ---------------------------------------------------------------- Document service
  DocumentApp: {
    reference: `${DOCUMENT_REF}document-app`,
    methods: {
      ...all(DOCS_OPEN, ['create', 'openById', 'openByUrl']),
      getActiveDocument: DOCS,
      getUi: NO_SCOPE,
    },
  },
  Document: {
    reference: `${DOCUMENT_REF}document`,
    methods: all(DOCS, ['getId', 'getName', 'setName', 'getUrl', 'getBody', 'getHeader', 'addHeader', 'getFooter', 'addFooter', 'saveAndClose', 'getAs', 'getBlob', 'getLanguage',
      'addEditor', 'getEditors',
    ]),
  },
  Body: {
    reference: `${DOCUMENT_REF}body`,
    methods: all(DOCS, [
      'appendParagraph', 'appendListItem', 'appendTable', 'appendHorizontalRule', 'appendPageBreak', 'getParagraphs', 'getChild',
      'getNumChildren', 'getText', 'replaceText', 'findText', 'clear', 'getTables', 'getListItems', 'removeChild', 'insertParagraph',
      'editAsText', 'getAttributes', 'getChildIndex', 'getMarginBottom', 'getMarginLeft', 'getMarginRight',
      'getMarginTop', 'getType', 'insertHorizontalRule', 'insertListItem', 'insertPageBreak', 'insertTable',
      'setAttributes', 'setMarginBottom', 'setMarginLeft', 'setMarginRight', 'setMarginTop', 'setPageHeight',
      'setPageWidth',
    ]),
  },
  ...documentElements(['Paragraph', 'ListItem', 'Table', 'TableRow', 'TableCell', 'Text', 'HorizontalRule']),
  DeveloperMetadata: {
    reference: `${SPREADSHEET_REF}developer-metadata`,
    methods: all(SHEETS, ['getId', 'getKey', 'getLocation', 'getValue', 'getVisibility', 'remove', 'setKey', 'setValue', 'setVisibility']),
  },
  DeveloperMetadataFinder: {
    reference: `${SPREADSHEET_REF}developer-metadata-finder`,
    methods: all(SHEETS, ['find', 'onIntersectingLocations', 'withId', 'withKey', 'withLocationType', 'withValue', 'withVisibility']),
  },
  DeveloperMetadataLocation: {
    reference: `${SPREADSHEET_REF}developer-metadata-location`,
    methods: all(SHEETS, ['getColumn', 'getLocationType', 'getRow', 'getSheet', 'getSpreadsheet']),
  },
  EmbeddedChart: {
    reference: `${SPREADSHEET_REF}embedded-chart`,
    methods: all(SHEETS, ['getChartId', 'getContainerInfo', 'getNumHeaders', 'getOptions', 'getRanges', 'modify', 'getId', 'getAs', 'getBlob']),
  },
  EmbeddedChartBuilder: {
    reference: `${SPREADSHEET_REF}embedded-chart-builder`,
    methods: all(SHEETS, [
      'addRange', 'asColumnChart', 'asBarChart', 'asLineChart', 'build', 'clearRanges', 'getChartType', 'getContainer', 'getRanges',
      'removeRange', 'setChartType', 'setOption', 'setPosition', 'setNumHeaders', 'setTitle', 'setLegendPosition', 'setXAxisTitle',
      'setYAxisTitle', 'setColors', 'setStacked',
    ]),
  },
  ContainerInfo: { reference: `${SPREADSHEET_REF}container-info`, methods: all(SHEETS, ['getAnchorColumn', 'getAnchorRow', 'getOffsetX', 'getOffsetY']) },
  ChartOptions: { reference: 'https://developers.google.com/apps-script/reference/charts/chart-options', methods: all(SHEETS, ['get', 'getOrDefault']) },
  Selection: { reference: `${SPREADSHEET_REF}selection`, methods: all(SHEETS, ['getActiveRange', 'getActiveRangeList', 'getActiveSheet', 'getCurrentCell']) },
  RangeElement: {
    reference: `${DOCUMENT_REF}range-element`,
    methods: all(DOCS, ['getElement', 'getStartOffset', 'getEndOffsetInclusive', 'isPartial']),
  },

  // ---------------------------------------------------------------- Drive
  // The built-in DriveApp needs the full drive scope (drive.readonly for getters), which
  // ST-koll never asks for: it is listed so that a call to it is refused with Apps Script's message.
  DriveApp: {
    reference: 'https://developers.google.com/apps-script/reference/drive/drive-app',
    methods: {
      ...all(DRIVE_WRITE, ['createFolder', 'createFile']),
      ...all(DRIVE_READ, ['getFileById', 'getFolderById', 'getRootFolder', 'getFiles', 'getFolders', 'getFilesByName', 'getFoldersByName']),
    },
  },
  // The advanced Drive service (Drive API v3), enabled in appsscript.json.
  'Drive.Files': {
    reference: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files',
    api: 'drive.files',
    methods: { create: FILES_CREATE, get: FILES_READ, list: FILES_READ, update: FILES_UPDATE },
  },
};

/** The Document service's element classes: every method needs the documents scopes. */
function documentElements(classes: string[]): Record<string, ClassScopes> {
  const methods = all(DOCS, [
    'copy', 'getType', 'getText', 'setText', 'setHeading', 'getHeading', 'removeFromParent', 'getParent', 'setAttributes',
    'getAttributes', 'setAlignment', 'setGlyphType', 'setNestingLevel', 'setColumnWidth', 'getNumRows', 'getRow', 'getCell',
    'getNumCells', 'deleteText', 'insertText', 'appendText', 'editAsText', 'asText', 'asParagraph', 'asListItem', 'asTable',
    'setBold', 'setLinkUrl', 'getNumChildren', 'getChild', 'setBorderWidth', 'getListId', 'setListId',
    'getAlignment', 'merge', 'setIndentFirstLine', 'setIndentStart', 'setLineSpacing', 'setSpacingAfter', 'setSpacingBefore',
    'getGlyphType', 'getNestingLevel', 'appendTableRow', 'removeRow', 'replaceText', 'setBorderColor', 'appendParagraph',
    'getBackgroundColor', 'getParentRow', 'setBackgroundColor', 'setPaddingBottom', 'setPaddingTop', 'setVerticalAlignment', 'setWidth',
    'appendTableCell', 'getParentTable', 'setMinimumHeight', 'isBold', 'setFontFamily', 'setFontSize', 'setForegroundColor',
    'setItalic', 'setStrikethrough', 'setUnderline',
  ]);
  const kebab = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return Object.fromEntries(classes.map((name) => [name, { reference: `${DOCUMENT_REF}${kebab(name)}`, methods }]));
}

/** The scopes a call needs (one of them suffices), or undefined when the method is not in the table. */
export function requiredScopes(gasName: string, method: string): Scopes | undefined {
  const entry = METHOD_SCOPES[gasName];
  return entry && Object.prototype.hasOwnProperty.call(entry.methods, method) ? entry.methods[method] : undefined;
}
