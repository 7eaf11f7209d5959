/** Swedish count texts of the sidebar: singular and plural agree with the number. */
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { SESSION_INPUT } from '../../src/shared/messages/ui';
import { MAX_SESSION_MINUTES, MAX_SESSION_NOTE_LENGTH } from '../../src/shared/sessionRules';

const T = SIDEBAR_TEXT;

describe('refresh summary', () => {
  test('one overdue trainee is "1 försenad", one new ID is "1 nytt ID"', () => {
    expect(T.refresh.done(5, 1, 0, 0, 1)).toBe('Flaggorna är uppdaterade för 5 ST-läkare: 1 försenad, 0 snart, 0 datafel, 1 nytt ID.');
  });

  test('other counts are plural', () => {
    expect(T.refresh.done(12, 2, 2, 1, 0)).toBe('Flaggorna är uppdaterade för 12 ST-läkare: 2 försenade, 2 snart, 1 datafel.');
    expect(T.refresh.done(12, 0, 1, 3, 4)).toBe('Flaggorna är uppdaterade för 12 ST-läkare: 0 försenade, 1 snart, 3 datafel, 4 nya ID.');
  });
});

describe('other counts and wording', () => {
  test('the report and the agreement problems agree with their number', () => {
    expect(T.report.count(1)).toBe('1 rad behöver rättas.');
    expect(T.report.count(3)).toBe('3 rader behöver rättas.');
    expect(T.agreements.problemsTitle(1)).toMatch(/ett fel – rätta den/);
    expect(T.agreements.problemsTitle(2)).toMatch(/2 fel – rätta dem/);
  });

  test('the form messages fill in their values', () => {
    expect(T.logSession.errors.dateInFuture('2026-11-23')).toBe('Datumet får inte vara senare än i dag (2026-11-23).');
  });

  test('the server\'s limits on a logged session are named in its messages', () => {
    expect(SESSION_INPUT.minutes).toBe(`Längd (min) måste vara ett tal från 0 till ${MAX_SESSION_MINUTES}.`);
    expect(SESSION_INPUT.minutes).toContain('1440');
    expect(SESSION_INPUT.note).toContain(`högst ${MAX_SESSION_NOTE_LENGTH} tecken`);
    expect(SESSION_INPUT.note).toContain('2000');
  });
});
