/**
 * The settings a coordinator can change in the sidebar (Inställningar): each
 * setting's Swedish label, unit and description, keyed as in
 * src/domain/settings.ts (src/app/settingsForm.ts makes the compiler check that
 * every setting has its text), and the messages of the settings form.
 */

export interface SettingText {
  label: string;
  /** Shown after the value: 'månader', 'dagar'… ('' when the value speaks for itself). */
  unit: string;
  description: string;
}

export const SETTING_TEXTS = {
  annualIntervalMonths: {
    label: 'Tid mellan årliga avstämningar',
    unit: 'månader',
    description: 'Nästa årliga avstämning infaller så här långt efter den senaste (eller efter ST-start).',
  },
  annualSoonDays: {
    label: 'Årlig avstämning ”snart”',
    unit: 'dagar',
    description: 'Årlig avstämning visas som Snart när så här få dagar återstår.',
  },
  iupDeadlineMonths: {
    label: 'IUP senast',
    unit: 'månader efter ST-start',
    description: 'Flaggan IUP saknas sätts när IUP klar är tom så här långt efter ST-start.',
  },
  iupSoonDays: {
    label: 'IUP ”snart”',
    unit: 'dagar',
    description: 'Flaggan IUP snart sätts så här många dagar innan IUP ska vara klar.',
  },
  agreementGraceMonths: {
    label: 'Överenskommelse senast',
    unit: 'månader efter ST-start',
    description: 'Flaggan Överenskommelse saknas sätts när ingen gäller så här långt efter ST-start.',
  },
  sparseIntervals: {
    label: 'Handledning glest',
    unit: 'överenskomna intervall',
    description: 'Flaggan sätts när så många överenskomna intervall har gått utan handledningssamtal.',
  },
  defaultFrequency: {
    label: 'Handledning utan överenskommelse',
    unit: '',
    description: 'Vilken handledningsfrekvens som förväntas när ingen överenskommelse gäller.',
  },
  defaultSitInsPerYear: {
    label: 'Medsittningar per år utan överenskommelse',
    unit: 'per år',
    description: 'Hur många medsittningar som förväntas per år när ingen överenskommelse gäller.',
  },
  windowDays: {
    label: 'Period för ”12 mån”-kolumnerna',
    unit: 'dagar',
    description: 'Handledningstimmar, medsittningar och odokumenterade samtal räknas över så här många dagar bakåt.',
  },
  studyDirectorReviewFirstAt: {
    label: 'Första studierektorsavstämning',
    unit: 'andel av ST (0–1)',
    description: 'Den första studierektorsavstämningen förväntas när så stor andel av ST har gått (0,5 = halva).',
  },
  studyDirectorReviewSecondAt: {
    label: 'Andra studierektorsavstämning',
    unit: 'andel av ST (0–1)',
    description: 'Den andra studierektorsavstämningen förväntas när så stor andel av ST har gått.',
  },
  specialistPanelFirstAt: {
    label: 'Första specialistkollegium',
    unit: 'andel av ST (0–1)',
    description: 'Det första specialistkollegiet förväntas när så stor andel av ST har gått.',
  },
  specialistPanelSecondAt: {
    label: 'Andra specialistkollegium',
    unit: 'andel av ST (0–1)',
    description: 'Det andra specialistkollegiet förväntas när så stor andel av ST har gått.',
  },
  midStAt: {
    label: 'Mitt-i-ST',
    unit: 'andel av ST (0–1)',
    description: 'Mitt-i-ST förväntas när så stor andel av ST har gått.',
  },
  supervisorMeetingMonths: {
    label: 'Handledarträff senast',
    unit: 'månader',
    description: 'En handledare vars senaste handledarträff är äldre än så flaggas.',
  },
  planApplicationDays: {
    label: 'Planera specialistansökan',
    unit: 'dagar före ST-slut',
    description: 'Flaggan Planera specialistansökan sätts när så här få dagar återstår till ST-slut.',
  },
  minStMonthsHslf2021: {
    label: 'ST på heltid, HSLF-FS 2021:8',
    unit: 'månader',
    description: 'Minsta längd på ST vid heltid utan frånvaro. Beräknat ST-slut räknas fram utifrån den, deltid och frånvaro; ett tomt Planerat ST-slut betyder Beräknat ST-slut.',
  },
  minStMonthsSosfs2015: {
    label: 'ST på heltid, SOSFS 2015:8',
    unit: 'månader',
    description: 'Samma sak för ST-läkare som följer den äldre föreskriften.',
  },
  delmalWarningDays: {
    label: 'Delmål utan intyg',
    unit: 'dagar före ST-slut',
    description: 'Delmål som saknar utfärdat intyg flaggas när så här få dagar återstår till ST-slut.',
  },
  btDeadlineMonths: {
    label: 'BT-intyg senast',
    unit: 'månader efter ST-start',
    description: 'Under HSLF-FS 2021:8 flaggas BT-intyg saknas när BT godkänd är tom så här långt efter ST-start.',
  },
  defaultServiceLevel: {
    label: 'Tjänstgöringsgrad när den saknas',
    unit: '%',
    description: 'En tom Tjänstgöringsgrad (%) räknas som detta värde.',
  },
  defaultAgreementSitIns: {
    label: 'Medsittningar per år i en överenskommelse',
    unit: 'per år',
    description: 'En överenskommelse där Medsittningar per år är tom räknas med detta antal.',
  },
  agreementBatchSize: {
    label: 'Dokument per steg',
    unit: 'dokument',
    description: 'Hur många överenskommelser ”Skapa alla saknade” gör i varje anrop till Google. Färre ger jämnare förlopp; varje steg bör ta under 30 sekunder.',
  },
} as const satisfies Record<string, SettingText>;

function formatNumber(value: number): string {
  return String(value).replace('.', ',');
}

export const SETTINGS_MSG = {
  badInput: 'Inställningarna kunde inte läsas. Ladda om sidopanelen och försök igen.',
  unknownSetting: (key: string) => `Okänd inställning: ${key}.`,
  notANumber: (label: string) => `${label}: ange ett tal.`,
  outOfRange: (label: string, integer: boolean, min: number | null, max: number | null) =>
    `${label}: ange ${integer ? 'ett heltal' : 'ett tal'}` +
    (min !== null && max !== null ? ` från ${formatNumber(min)} till ${formatNumber(max)}.` : '.'),
  notAChoice: (label: string, choices: readonly string[]) => `${label}: välj ett av ${choices.join(', ')}.`,
  storedInvalid: (label: string, shownDefault: string) =>
    `Det sparade värdet för ${label} är ogiltigt; standardvärdet ${shownDefault} används tills du sparar ett nytt.`,
  storedUnreadable:
    'De sparade inställningarna (dokumentegenskapen ST_KOLL_SETTINGS) går inte att läsa; standardvärdena används tills du sparar.',
  formatNumber,
};
