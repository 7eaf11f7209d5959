/** How the overview orders and filters trainees. DOM-free, so unit tests run it in node. */
import type { TraineeSummaryDto } from '../src/shared/api';
import { SIDEBAR_TEXT } from '../src/shared/messages/sidebar';

const C = SIDEBAR_TEXT.contract;

export function annualTone(status: string): string {
  if (status === C.annualOverdue) return 'badge-danger';
  if (status === C.annualSoon) return 'badge-warn';
  if (status === C.annualOk) return 'badge-ok';
  return 'badge-neutral';
}

/** Overdue first, then soon, then the rest; within a group the earliest due date, then name. */
export function sortForOverview(trainees: TraineeSummaryDto[]): TraineeSummaryDto[] {
  const rank = (t: TraineeSummaryDto) => (t.annualStatus === C.annualOverdue ? 0 : t.annualStatus === C.annualSoon ? 1 : 2);
  return trainees.slice().sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    const byDue = (a.nextAnnualDue || '9999-99-99').localeCompare(b.nextAnnualDue || '9999-99-99');
    if (byDue !== 0) return byDue;
    return a.name.localeCompare(b.name, 'sv');
  });
}

export function matchesFilter(trainee: TraineeSummaryDto, query: string): boolean {
  const words = query.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [trainee.name, trainee.id, trainee.annualStatus, trainee.status, ...trainee.flags]
    .join(' ')
    .toLocaleLowerCase('sv');
  return words.every((word) => haystack.includes(word));
}
