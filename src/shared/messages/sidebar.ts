import { AGREEMENT_FOLDER_NAME } from './agreement';

/**
 * Every Swedish text the sidebar shows. The sidebar bundle imports this file
 * directly (not the whole catalogue) to stay small. Functions fill in values;
 * the sidebar escapes whatever they return by rendering it as text.
 */
export const SIDEBAR_TEXT = {
  /**
   * Values of the sheet contract the sidebar reacts to (badge colours, default
   * length). They must equal src/domain/sheetContract.ts, which the sidebar does
   * not import; test/unit/sidebarText.test.ts keeps the two in step.
   */
  contract: {
    annualOverdue: 'Försenad',
    annualSoon: 'Snart',
    annualOk: 'OK',
    activeStatus: 'Aktiv',
    agreementCreated: 'Skapad',
    agreementSigned: 'Undertecknad',
    agreementReplaced: 'Ersatt',
  },
  documentTitle: 'ST-koll',
  appName: 'ST-koll',
  tagline: 'Handledning och avstämningar för ST-läkare',
  tabsLabel: 'Vyer',
  tabs: {
    overview: 'Översikt',
    logSession: 'Registrera samtal',
    agreements: 'Överenskommelser',
  },
  loading: 'Hämtar uppgifter…',
  working: 'Arbetar…',
  close: 'Stäng',
  dismissBanner: 'Stäng meddelandet',
  errorTitle: 'Något gick fel',
  technicalDetails: 'Teknisk information',

  errors: {
    transport: 'Kunde inte nå ST-koll. Kontrollera anslutningen och försök igen.',
    notConnected: 'Sidopanelen är inte ansluten till kalkylarket. Öppna den från menyn ST-koll.',
    unexpectedReply: 'ST-koll gav ett oväntat svar. Försök igen eller uppdatera sidopanelen.',
    loadFailed: 'Kunde inte hämta uppgifterna.',
  },

  /** The pickers and lists that search the workbook on the server as the user types (issue #9.6). */
  search: {
    searching: 'Söker…',
    none: 'Ingen träff.',
    hits: (shown: number, total: number) =>
      shown === total ? `${total} ${total === 1 ? 'träff' : 'träffar'}.` : `Visar ${shown} av ${total} träffar.`,
    /** The last entry of a picker's list when there are more pages. */
    more: (left: number) => `Visa fler (och ${left} till)`,
    loadingMore: 'Hämtar fler…',
    /** Said to a screen reader when a choice is made. */
    chosen: (label: string) => `Vald: ${label}`,
    /** ID and Enhet under the name in a picker. */
    detail: (id: string, unit: string) => (unit ? `${id} · ${unit}` : id),
  },

  actions: {
    label: 'Åtgärder',
    refreshFlags: 'Uppdatera flaggor',
    validationReport: 'Valideringsrapport',
    reload: 'Hämta på nytt',
  },

  /** PRODUCT.md §6: the "Ansökan" part of the overview, and its two forms. */
  application: {
    heading: 'Ansökan om specialistkompetens',
    trainee: 'Visa ansökan för',
    choose: 'Sök på namn, ID eller enhet',
    noData: 'Raden har fel – rätta den i ST-läkare (se valideringsrapporten).',
    regulation: 'Föreskrift',
    estimatedEnd: 'Beräknat ST-slut',
    plannedEnd: 'Planerat ST-slut',
    moved: (partTime: number, leave: number) =>
      partTime === 0 && leave === 0
        ? 'Heltid utan frånvaro.'
        : `Deltid flyttar slutet ${partTime} dagar, frånvaro ${leave} dagar (heltid utan frånvaro hade gett`,
    fullTimeEnd: (date: string) => ` ${date}).`,
    delmalWith: (n: number, m: number) => `Delmål med intyg: ${n} av ${m}`,
    delmalWithout: 'Utan intyg',
    bt: 'BT',
    btApproved: (date: string) => `godkänd ${date}`,
    btMissing: 'intyg saknas',
    btNotApplicable: 'gäller inte SOSFS 2015:8',
    iup: 'IUP',
    agreement: 'Undertecknad överenskommelse',
    missing: 'saknas',
    leaveHeading: 'Registrera frånvaro',
    leaveFrom: 'Frånvaro från',
    leaveTo: 'Frånvaro till',
    leaveType: 'Typ av frånvaro',
    leaveExtent: 'Omfattning (%)',
    leaveNote: 'Anteckning om frånvaron',
    leaveSubmit: 'Spara frånvaro',
    certificateHeading: 'Registrera intyg',
    certificateDelmal: 'Delmål i intyget',
    certificateDelmalHint: 'Koder med komma eller mellanslag emellan, t.ex. STa3, STb1',
    certificateActivity: 'Aktivitet',
    certificateTitle: 'Intygets benämning',
    certificateIssued: 'Utfärdat',
    certificateIssuedHint: 'Tomt = planerat, ännu inte utfärdat',
    certificateIssuer: 'Utfärdare',
    certificateSubmit: 'Spara intyg',
    chooseOption: 'Välj…',
    chooseTraineeFirst: 'Välj en ST-läkare först.',
    leaveSaved: (row: number) => `Frånvaron sparades på rad ${row} i Frånvaro.`,
    certificateSaved: (row: number) => `Intyget sparades på rad ${row} i Intyg.`,
  },

  overview: {
    heading: 'Översikt',
    countsLabel: 'Sammanfattning',
    counts: {
      active: 'Aktiva',
      overdue: 'Försenade',
      soon: 'Snart',
      dataErrors: 'Datafel',
    },
    listHeading: 'ST-läkare med flaggor',
    filterLabel: 'Filtrera på namn eller flagga',
    filterPlaceholder: 't.ex. försenad',
    annualLabel: 'Årlig avstämning',
    flagsLabel: 'Flaggor',
    /** After the badge Försenad, before the day it should have been held by. */
    annualOverdueBy: '– skulle ha hållits senast',
    /** After the badge Snart or OK, before the day the next one is due. */
    annualNextBy: 'nästa senast',
    noFlags: 'Inga ST-läkare har flaggor just nu.',
    noMatch: 'Ingen ST-läkare matchar filtret.',
    shownCount: (shown: number, total: number) =>
      shown === total ? `${total} med flaggor` : `Visar ${shown} av ${total}, de mest brådskande först`,
    /** Below the list when the first load (or a page) holds only part of it. */
    moreLeft: (left: number) => `… och ${left} till.`,
    showMore: 'Visa fler',
    filtering: 'Filtrerar…',
    statusSuffix: (status: string) => `(${status})`,
    logFor: 'Registrera samtal',
    logForLabel: (name: string) => `Registrera samtal för ${name}`,
    selectRowTitle: 'Markera raden i bladet ST-läkare',
    rowSelected: (row: number) => `Rad ${row} i bladet ST-läkare är markerad.`,
    /** The chart of PRODUCT.md §8; the same title as the chart on Översikt. */
    checkInsTitle: 'Årliga avstämningar per månad',
    monthAbbreviations: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    unitsHeading: 'Per enhet',
    unitColumns: ['Enhet', 'Aktiva', 'Försenad', 'Snart', 'Datafel'],
    totalLabel: 'Totalt',
  },

  logSession: {
    heading: 'Registrera samtal',
    intro: 'Raden läggs till sist i bladet Samtal.',
    date: 'Datum',
    trainee: 'ST-läkare',
    traineePlaceholder: 'Sök på namn, ID eller enhet',
    supervisor: 'Handledare',
    supervisorOptional: '(valfritt)',
    supervisorPlaceholder: 'Sök handledare, eller lämna tomt',
    type: 'Typ',
    typePlaceholder: 'Välj typ',
    minutes: 'Längd (min)',
    documented: 'Dokumenterat',
    note: 'Anteckning',
    noteReminder: 'Skriv inga patientuppgifter här – bara vad samtalet gällde.',
    submit: 'Registrera',
    submitting: 'Registrerar…',
    reset: 'Rensa',
    success: (row: number) => `Samtalet är registrerat på rad ${row} i bladet Samtal.`,
    errors: {
      dateRequired: 'Ange ett datum.',
      dateInvalid: 'Ange datumet som ÅÅÅÅ-MM-DD.',
      dateInFuture: (today: string) => `Datumet får inte vara senare än i dag (${today}).`,
      traineeRequired: 'Välj en ST-läkare.',
      traineeNotChosen: 'Välj ST-läkaren i listan som visas när du skriver.',
      supervisorNotChosen: 'Välj handledaren i listan som visas när du skriver, eller töm fältet.',
      typeRequired: 'Välj typ av samtal.',
      minutesInvalid: 'Ange längden i hela minuter (0 eller mer).',
      summary: 'Rätta de markerade fälten.',
    },
  },

  agreements: {
    heading: 'Överenskommelser',
    none: 'Det finns inga överenskommelser i bladet Överenskommelser.',
    searchLabel: 'Sök överenskommelse',
    searchHint: 'Namn, ID, handledare eller status',
    noMatch: 'Ingen överenskommelse matchar sökningen.',
    showMore: 'Visa fler',
    supervisor: 'Handledare',
    validFrom: 'Giltig från',
    noDate: '–',
    openDocument: 'Öppna dokumentet',
    documentLabel: 'Dokument',
    create: 'Skapa dokument',
    creating: 'Skapar…',
    createLabel: (id: string, name: string) => `Skapa dokument för ${id}, ${name}`,
    created: (name: string) => `Dokumentet ${name} är skapat.`,
    opened: 'Här är det befintliga dokumentet.',
    existsQuestion: (name: string) =>
      `Det finns redan ett dokument för den här överenskommelsen (${name}). Vill du öppna det eller skapa en ny version?`,
    openExisting: 'Öppna befintligt',
    newVersion: 'Skapa ny version',
    useOwnFolder: 'Använd en egen mapp',
    cancel: 'Avbryt',
    pdfCopy: 'PDF-kopia',
    linkUnavailable: 'Länken kan inte visas här:',
    problemsTitle: (n: number) =>
      n === 1 ? 'Raden har ett fel – rätta den i bladet Överenskommelser:' : `Raden har ${n} fel – rätta dem i bladet Överenskommelser:`,
  },

  agreementSettings: {
    heading: 'Inställningar för dokumenten',
    folderLabel: 'Mapp i Google Drive',
    folderInUse: 'Dokumenten sparas i',
    openFolder: 'mappen',
    folderNotYet: `Mappen ”${AGREEMENT_FOLDER_NAME}” skapas när det första dokumentet skapas.`,
    folderOfColleague:
      'Arbetsbokens mapp ligger i en kollegas Drive och ST-koll kan inte spara där från ditt konto. När du skapar ett dokument får du välja att använda en egen mapp.',
    folderHint:
      'Du kan flytta eller byta namn på ST-kolls mapp i Drive. Vill du byta mapp, klistra in länken till en mapp som ST-koll har skapat. Lämna tomt för att gå tillbaka till standardmappen.',
    folderInput: 'Ny mapp (länk eller ID)',
    pdf: 'Skapa även en PDF-kopia bredvid varje dokument',
    save: 'Spara inställningar',
    saved: 'Inställningarna är sparade.',
    notSaved: 'Inställningarna sparades inte:',
  },

  refresh: {
    done: (trainees: number, overdue: number, soon: number, issues: number, assignedIds: number) =>
      `Flaggorna är uppdaterade för ${trainees} ST-läkare: ${overdue} ${overdue === 1 ? 'försenad' : 'försenade'}, ${soon} snart, ` +
      `${issues} datafel` +
      (assignedIds > 0 ? `, ${assignedIds} ${assignedIds === 1 ? 'nytt' : 'nya'} ID.` : '.'),
  },

  report: {
    heading: 'Valideringsrapport',
    none: 'Inga fel hittades. Alla rader går att läsa.',
    /** Also the introduction of the menu's validation report (UI.issuesIntro). */
    count: (n: number) => (n === 1 ? '1 rad behöver rättas.' : `${n} rader behöver rättas.`),
    caption: 'Rader som ST-koll inte kan läsa',
    columns: { sheet: 'Blad', row: 'Rad', column: 'Kolumn', message: 'Orsak' },
    close: 'Stäng rapporten',
  },
} as const;

export type SidebarText = typeof SIDEBAR_TEXT;
