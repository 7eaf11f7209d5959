import { FLAG } from '../../../src/shared/messages/flags';
import {
  fixedFlag,
  orderSupervisorFlags,
  orderTraineeFlags,
  type SupervisorFlag,
  type TraineeFlag,
} from '../../../src/domain/rules/flagOrder';

describe('flag order: most urgent first', () => {
  const mostUrgentFirst: TraineeFlag[] = [
    fixedFlag('dataError'),
    fixedFlag('annualOverdue'),
    fixedFlag('agreementMissing'),
    fixedFlag('iupMissing'),
    fixedFlag('supervisionSparse'),
    fixedFlag('supervisorUntrained'),
    { kind: 'fewSitIns', text: FLAG.fewSitIns(2, 6) },
    fixedFlag('studyDirectorReviewMissing'),
    fixedFlag('specialistPanelMissing'),
    fixedFlag('midStMissing'),
    { kind: 'undocumented', text: FLAG.undocumented(3) },
    fixedFlag('planSpecialistApplication'),
    fixedFlag('annualSoon'),
    fixedFlag('iupSoon'),
    fixedFlag('dormant'),
  ];

  it('every trainee flag, given in reverse, comes out in the order of the product contract', () => {
    expect(orderTraineeFlags([...mostUrgentFirst].reverse())).toEqual([
      'Datafel',
      'Årlig avstämning försenad',
      'Överenskommelse saknas',
      'IUP saknas',
      'Handledning glest',
      'Handledare saknar handledarutbildning',
      'Få medsittningar (2/6)',
      'Studierektorsavstämning saknas',
      'Specialistkollegium saknas',
      'Mitt-i-ST saknas',
      '3 samtal odokumenterade',
      'Planera specialistansökan',
      'Årlig avstämning snart',
      'IUP snart',
      'Vilande',
    ]);
  });

  it('Datafel goes first even when added last', () => {
    expect(orderTraineeFlags([fixedFlag('dormant'), fixedFlag('dataError')])).toEqual(['Datafel', 'Vilande']);
  });

  it('supervisor flags: Datafel, Saknar handledarutbildning, Ingen handledarträff senaste året', () => {
    const reversed: SupervisorFlag[] = [
      fixedFlag('supervisorNoMeeting'),
      fixedFlag('supervisorNoTraining'),
      fixedFlag('dataError'),
    ];
    expect(orderSupervisorFlags(reversed)).toEqual([
      'Datafel',
      'Saknar handledarutbildning',
      'Ingen handledarträff senaste året',
    ]);
  });

  it('ordering does not change the caller’s array', () => {
    const flags: TraineeFlag[] = [fixedFlag('iupSoon'), fixedFlag('iupMissing')];
    orderTraineeFlags(flags);
    expect(flags.map((f) => f.kind)).toEqual(['iupSoon', 'iupMissing']);
  });
});
