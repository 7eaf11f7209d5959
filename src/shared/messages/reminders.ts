/** Texts of the weekly reminder digest (PRODUCT.md §7): the mail, the settings dialog and their errors. */

/** Monday first, as the ISO week counts; the keys are the settings' weekday values. */
export const WEEKDAY_NAMES = {
  MONDAY: 'måndag',
  TUESDAY: 'tisdag',
  WEDNESDAY: 'onsdag',
  THURSDAY: 'torsdag',
  FRIDAY: 'fredag',
  SATURDAY: 'lördag',
  SUNDAY: 'söndag',
} as const;

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const DIGEST_TEXT = {
  subject: (count: number, workbook: string) => `ST-koll: ${count} att göra – ${workbook}`,
  senderName: 'ST-koll',
  greetingCoordinator: (workbook: string) => `Veckans påminnelse från ST-koll för ”${workbook}”.`,
  greetingSupervisor: (supervisor: string, workbook: string) =>
    `Hej ${supervisor}! Det här gäller ST-läkare som du är huvudhandledare för i ”${workbook}”.`,
  groups: {
    annualLate: 'Årliga avstämningar som är försenade',
    soon: (days: number) => `Att göra inom ${days} dagar`,
    iupMissing: 'IUP saknas',
    agreementMissing: 'Överenskommelse saknas',
    otherFlags: 'Andra flaggor',
  },
  annualLate: (due: string) => `årlig avstämning skulle ha hållits senast ${due}`,
  annualSoon: (due: string) => `årlig avstämning senast ${due}`,
  iupSoon: (due: string) => `IUP ska vara klar senast ${due}`,
  agreementSoon: (due: string) => `överenskommelse behövs från ${due}`,
  iupMissing: (due: string) => `IUP skulle ha varit klar ${due}`,
  agreementMissing: (due: string) => `ingen överenskommelse gäller (behövdes från ${due})`,
  dataErrors: (count: number) =>
    `Datafel: ${count} ${plural(count, 'rad', 'rader')} i arbetsboken går inte att läsa. ` +
    'Öppna valideringsrapporten (ST-koll › Valideringsrapport).',
  omitted: (count: number) =>
    `${count} ${plural(count, 'punkt', 'punkter')} till fick inte plats i påminnelsen – öppna arbetsboken för hela listan.`,
  supervisorsWithoutAddress: (count: number) =>
    `${count} ${plural(count, 'handledare', 'handledare')} saknar e-postadress i bladet Handledare och fick inget eget utskick.`,
  more: (count: number) => `… och ${count} till – se arbetsboken.`,
  openWorkbook: 'Öppna arbetsboken',
  takenAt: (when: string) =>
    `Uppgifterna från ${when}, när ST-koll senast kördes i arbetsboken. Det som ändrats sedan dess syns först nästa gång.`,
  footer: 'Påminnelsen skickas av ST-koll. Ändra eller stäng av den under ST-koll › Påminnelser… i arbetsboken.',
  nothing: 'Inget att påminna om den här veckan.',
} as const;

export const REMINDER_SETTINGS_TEXT = {
  title: 'ST-koll – påminnelser',
  intro:
    'ST-koll kan skicka en sammanfattning per e-post en gång i veckan: försenade och kommande årliga avstämningar, ' +
    'saknade IUP och överenskommelser, andra flaggor och datafel.',
  enabled: 'Skicka veckans påminnelse',
  weekday: 'Veckodag',
  hour: 'Klockan (timme)',
  recipients: 'Mottagare (en e-postadress per rad)',
  supervisors: 'Skicka också varje handledare delen om de egna ST-läkarna',
  staleNote:
    'Påminnelsen bygger på uppgifterna från senaste gången ST-koll kördes i arbetsboken, så den kan vara några timmar äldre än arbetsboken.',
  save: 'Spara',
  preview: 'Förhandsgranska',
  close: 'Stäng',
  saving: 'Sparar…',
  saved: (on: boolean) => (on ? 'Sparat. Påminnelsen är på.' : 'Sparat. Påminnelsen är avstängd.'),
  previewTitle: 'Förhandsgranskning (skickas inte)',
  previewSubject: 'Ämne',
  previewNothing: 'Inget att påminna om just nu: ingen e-post skulle skickas.',
  previewNoSnapshot: 'Kör ”Uppdatera flaggor” först, så har ST-koll uppgifter att visa.',
  failed: 'Det gick inte att nå ST-koll. Försök igen.',
} as const;

export const REMINDER_ERROR = {
  shape: 'Inställningarna för påminnelser kom inte fram. Stäng dialogen och försök igen.',
  badAddress: (address: string) => `”${address}” är ingen giltig e-postadress.`,
  noRecipient: 'Ange minst en mottagare när påminnelsen är på.',
  tooManyRecipients: (max: number) => `Högst ${max} mottagare.`,
  hour: 'Timmen måste vara ett heltal från 0 till 23.',
  weekday: 'Välj en veckodag från måndag till söndag.',
  busy: 'ST-koll sparar redan påminnelser just nu. Försök igen om en stund.',
} as const;
