import { DEFAULT_REMINDER_SETTINGS, parseReminderSettings } from '../../../src/domain/reminders/settings';

const valid = { enabled: true, weekday: 'MONDAY', hour: 7, recipients: ['studierektor@example.se'], supervisors: false };

describe('PRODUCT.md §7: reminder settings', () => {
  it('defaults: off, måndag, 07, no recipients, supervisors not included', () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({ enabled: false, weekday: 'MONDAY', hour: 7, recipients: [], supervisors: false });
  });

  it('accepts a valid setting; trims addresses, drops blank lines and repeats (any case)', () => {
    const parsed = parseReminderSettings({ ...valid, recipients: [' a@example.se ', '', 'A@example.se', 'b@example.se'] });
    expect(parsed).toEqual({ ok: true, settings: { ...valid, recipients: ['a@example.se', 'b@example.se'] } });
  });

  it.each([
    ['a bad address', { ...valid, recipients: ['inte-en-adress'] }, '”inte-en-adress” är ingen giltig e-postadress.'],
    ['no recipient while enabled', { ...valid, recipients: [] }, 'Ange minst en mottagare när påminnelsen är på.'],
    ['hour 24', { ...valid, hour: 24 }, 'Timmen måste vara ett heltal från 0 till 23.'],
    ['hour -1', { ...valid, hour: -1 }, 'Timmen måste vara ett heltal från 0 till 23.'],
    ['hour 7.5', { ...valid, hour: 7.5 }, 'Timmen måste vara ett heltal från 0 till 23.'],
    ['hour "7" (text, not guessed)', { ...valid, hour: '7' }, 'Timmen måste vara ett heltal från 0 till 23.'],
    ['weekday MÅNDAG', { ...valid, weekday: 'MÅNDAG' }, 'Välj en veckodag från måndag till söndag.'],
    ['a missing field', { enabled: true, weekday: 'MONDAY', hour: 7 }, 'Inställningarna för påminnelser kom inte fram. Stäng dialogen och försök igen.'],
    ['not an object', 'MONDAY', 'Inställningarna för påminnelser kom inte fram. Stäng dialogen och försök igen.'],
  ])('refuses %s with a Swedish message', (_case, input, message) => {
    expect(parseReminderSettings(input)).toEqual({ ok: false, message });
  });

  it('off with no recipients is fine (switching off)', () => {
    expect(parseReminderSettings({ ...valid, enabled: false, recipients: [] }).ok).toBe(true);
  });

  it('refuses more than 10 recipients', () => {
    const recipients = Array.from({ length: 11 }, (_, i) => `p${i}@example.se`);
    expect(parseReminderSettings({ ...valid, recipients })).toEqual({ ok: false, message: 'Högst 10 mottagare.' });
  });
});
