/**
 * The a- and b-delmål setup writes into Målbeskrivning (PRODUCT.md §6). The
 * codes are the regulations'; the short titles are ST-koll's own wording, and
 * the coordinator may change them in the sheet (some of the 2021:8 titles
 * come from secondary sources, which is why the sheet stays editable).
 */
export const DELMAL_SEED: Readonly<Record<'HSLF-FS 2021:8' | 'SOSFS 2015:8', ReadonlyArray<readonly [string, string]>>> = {
  'HSLF-FS 2021:8': [
    ['STa1', 'Vårdens förutsättningar och organisation'],
    ['STa2', 'Kvalitets- och patientsäkerhetsarbete'],
    ['STa3', 'Medicinsk vetenskap'],
    ['STa4', 'Etik'],
    ['STa5', 'Ledarskap'],
    ['STa6', 'Lärande och handledning'],
    ['STa7', 'Vårdhygien och smittskydd'],
    ['STb1', 'Samtal med patient och närstående'],
    ['STb2', 'Förebyggande och hälsofrämjande arbete'],
    ['STb3', 'Försäkringsmedicin'],
    ['STb4', 'Palliativ vård'],
  ],
  'SOSFS 2015:8': [
    ['a1', 'Medarbetarskap, ledarskap och pedagogik'],
    ['a2', 'Etik, mångfald och jämlikhet'],
    ['a3', 'Vårdhygien och smittskydd'],
    ['a4', 'Kvalitets- och patientsäkerhetsarbete'],
    ['a5', 'Medicinsk vetenskap'],
    ['a6', 'Lagar, föreskrifter och vårdens organisation'],
    ['b1', 'Samtal med patient och närstående'],
    ['b2', 'Sjukdomsförebyggande arbete'],
    ['b3', 'Läkemedel'],
    ['b4', 'Försäkringsmedicin'],
    ['b5', 'Palliativ vård i livets slutskede'],
  ],
};
