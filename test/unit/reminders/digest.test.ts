import { coordinatorDigest, hasNews, supervisorDigests } from '../../../src/domain/reminders/digest';
import { snapshot, traineeEntry } from './fixtures';

describe('PRODUCT.md §7: the digest from a snapshot and a day', () => {
  it('Monday 2026-11-23 (the snapshot day): groups, counts, data errors', () => {
    const d = coordinatorDigest(snapshot(), '2026-11-23', false);
    expect(d.annualLate).toEqual([{ name: 'Anna Andersson', kind: 'annual', due: '2026-11-01' }]);
    expect(d.soon).toEqual([{ name: 'Bo Berg', kind: 'annual', due: '2026-11-27' }]);
    expect(d.iupMissing).toEqual([{ name: 'Cecilia Dahl', kind: 'iup', due: '2026-09-15' }]);
    expect(d.agreementMissing).toEqual([{ name: 'Cecilia Dahl', kind: 'agreement', due: '2026-10-01' }]);
    expect(d.otherFlags).toEqual([{ name: 'Cecilia Dahl', flags: ['Handledning glest'] }]);
    expect(d.dataErrors).toBe(2);
    // 4 dated lines + 1 flag + 2 data errors.
    expect(d.count).toBe(7);
  });

  it('the week after (Monday 2026-11-30), from the same snapshot: Bo was "soon", now he is late', () => {
    const d = coordinatorDigest(snapshot(), '2026-11-30', false);
    expect(d.annualLate.map((l) => l.name)).toEqual(['Anna Andersson', 'Bo Berg']);
    expect(d.soon).toEqual([]);
  });

  it('due exactly 30 days ahead is soon; 31 days is not; the due day itself is still soon, the day after late', () => {
    const one = (due: string) => snapshot({ trainees: [traineeEntry({ items: [{ kind: 'annual', due }] })], dataErrors: 0 });
    expect(coordinatorDigest(one('2026-12-23'), '2026-11-23', false).soon).toHaveLength(1);
    expect(coordinatorDigest(one('2026-12-24'), '2026-11-23', false).count).toBe(0);
    expect(coordinatorDigest(one('2026-11-23'), '2026-11-23', false).soon).toHaveLength(1);
    expect(coordinatorDigest(one('2026-11-22'), '2026-11-23', false).annualLate).toHaveLength(1);
  });

  it('David (due 2027-01-10) enters "soon" on 2026-12-11, 30 days before', () => {
    expect(coordinatorDigest(snapshot(), '2026-12-10', false).soon.map((l) => l.name)).not.toContain('David Ek');
    expect(coordinatorDigest(snapshot(), '2026-12-11', false).soon.map((l) => l.name)).toContain('David Ek');
  });

  it('nothing to report: no lines, no flags, no data errors → no news', () => {
    const quiet = snapshot({ trainees: [traineeEntry({ items: [{ kind: 'annual', due: '2027-06-01' }] })], dataErrors: 0 });
    expect(hasNews(coordinatorDigest(quiet, '2026-11-23', false))).toBe(false);
  });

  it('items that did not fit the size limit are counted in n', () => {
    const d = coordinatorDigest(snapshot({ omitted: 5 }), '2026-11-23', false);
    expect(d.omitted).toBe(5);
    expect(d.count).toBe(12);
  });
});

describe('PRODUCT.md §7: each supervisor gets only their own trainees', () => {
  it('Karin (Anna, Bo, David) gets Anna late and Bo soon; Lars has no address and gets nothing', () => {
    const parts = supervisorDigests(snapshot(), '2026-11-23');
    expect(parts.map((p) => p.supervisor.name)).toEqual(['Karin Berg']);
    const karin = parts[0].digest;
    expect(karin.audience).toBe('supervisor');
    expect(karin.annualLate.map((l) => l.name)).toEqual(['Anna Andersson']);
    expect(karin.soon.map((l) => l.name)).toEqual(['Bo Berg']);
    expect(karin.iupMissing).toEqual([]);
    expect(karin.dataErrors).toBe(0);
    expect(karin.count).toBe(2);
  });

  it("the coordinator's digest counts Lars (news, no address) when supervisors are opted in, not otherwise", () => {
    expect(coordinatorDigest(snapshot(), '2026-11-23', true).supervisorsWithoutAddress).toBe(1);
    expect(coordinatorDigest(snapshot(), '2026-11-23', false).supervisorsWithoutAddress).toBe(0);
  });

  it('a supervisor whose trainees have nothing due gets no mail', () => {
    const quiet = snapshot({ trainees: [traineeEntry({ supervisor: 0, items: [{ kind: 'annual', due: '2027-06-01' }] })] });
    expect(supervisorDigests(quiet, '2026-11-23')).toEqual([]);
  });
});
