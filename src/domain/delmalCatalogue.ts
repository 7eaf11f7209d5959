/**
 * The Målbeskrivning sheet as a lookup: which delmål a trainee must cover
 * (PRODUCT.md §6, rule 11), by regulation and specialty. Built once per
 * refresh; each trainee's list is memoised per regulation and specialty, so
 * 10,000 trainees of a handful of specialties cost a handful of merges.
 */
import { delmalKey } from './delmalCodes';
import type { CatalogueEntry, Trainee } from './model';
import type { Regulation } from './sheetContract';

/** Code key → catalogue entry (the first row wins when a code is listed twice). */
export type DelmalList = ReadonlyMap<string, CatalogueEntry>;

function specialtyKey(specialty: string): string {
  return specialty.trim().toLowerCase();
}

export class DelmalCatalogue {
  /** `${regulation}|${specialtyKey}` → entries ('' specialty = every specialty). */
  private readonly groups = new Map<string, Map<string, CatalogueEntry>>();
  private readonly merged = new Map<string, DelmalList>();
  /** regulation → Specialitet as typed → list: asked once per trainee and per intyg row, so no key text is built per call. */
  private readonly byTypedSpecialty = new Map<Regulation, Map<string, DelmalList>>();

  constructor(entries: readonly CatalogueEntry[]) {
    for (const entry of entries) {
      const group = `${entry.regulation}|${specialtyKey(entry.specialty)}`;
      const codes = this.groups.get(group) ?? new Map<string, CatalogueEntry>();
      const key = delmalKey(entry.code);
      if (!codes.has(key)) codes.set(key, entry);
      this.groups.set(group, codes);
    }
  }

  /**
   * Rule 11: the catalogue rows of the trainee's regulation whose Specialitet
   * is blank or the trainee's, each code once (the common rows first).
   */
  forTrainee(trainee: Pick<Trainee, 'regulation' | 'specialty'>): DelmalList {
    return this.forRegulation(trainee.regulation, trainee.specialty);
  }

  forRegulation(regulation: Regulation, specialty: string): DelmalList {
    let bySpecialty = this.byTypedSpecialty.get(regulation);
    if (!bySpecialty) {
      bySpecialty = new Map();
      this.byTypedSpecialty.set(regulation, bySpecialty);
    }
    let list = bySpecialty.get(specialty);
    if (!list) {
      list = this.mergedList(regulation, specialty);
      bySpecialty.set(specialty, list);
    }
    return list;
  }

  /** The common rows, then the specialty's own; shared by every spelling of the specialty. */
  private mergedList(regulation: Regulation, specialty: string): DelmalList {
    const own = specialtyKey(specialty);
    const memo = `${regulation}|${own}`;
    const cached = this.merged.get(memo);
    if (cached) return cached;
    const list = new Map<string, CatalogueEntry>(this.groups.get(`${regulation}|`) ?? []);
    if (own !== '') {
      for (const [key, entry] of this.groups.get(memo) ?? []) if (!list.has(key)) list.set(key, entry);
    }
    this.merged.set(memo, list);
    return list;
  }
}
