import { coordinatorDigest, supervisorDigests } from '../../../src/domain/reminders/digest';
import { renderDigest } from '../../../src/domain/reminders/render';
import { snapshot, traineeEntry } from './fixtures';

describe('PRODUCT.md §7: the digest as a mail', () => {
  const mail = renderDigest(coordinatorDigest(snapshot(), '2026-11-23', true));

  it('subject: ST-koll: <n> att göra – <workbook name>', () => {
    expect(mail.subject).toBe('ST-koll: 7 att göra – ST Region Norr');
  });

  it('plain text: every group with its count, data errors, the link and "uppgifterna från"', () => {
    expect(mail.body).toContain('Årliga avstämningar som är försenade (1)\n- Anna Andersson – årlig avstämning skulle ha hållits senast 2026-11-01');
    expect(mail.body).toContain('Att göra inom 30 dagar (1)\n- Bo Berg – årlig avstämning senast 2026-11-27');
    expect(mail.body).toContain('IUP saknas (1)\n- Cecilia Dahl – IUP skulle ha varit klar 2026-09-15');
    expect(mail.body).toContain('Överenskommelse saknas (1)\n- Cecilia Dahl – ingen överenskommelse gäller (behövdes från 2026-10-01)');
    expect(mail.body).toContain('Andra flaggor (1)\n- Cecilia Dahl – Handledning glest');
    expect(mail.body).toContain('Datafel: 2 rader i arbetsboken går inte att läsa. Öppna valideringsrapporten');
    expect(mail.body).toContain('1 handledare saknar e-postadress');
    expect(mail.body).toContain('Öppna arbetsboken: https://docs.google.com/spreadsheets/d/wb-1/edit');
    expect(mail.body).toContain('Uppgifterna från 2026-11-23 07:05');
  });

  it('HTML: the same groups, a link to the workbook, the date of the data', () => {
    expect(mail.htmlBody).toContain('<a href="https://docs.google.com/spreadsheets/d/wb-1/edit">');
    expect(mail.htmlBody).toContain('<b>Anna Andersson</b> – årlig avstämning skulle ha hållits senast 2026-11-01');
    expect(mail.htmlBody).toContain('Uppgifterna från 2026-11-23 07:05');
  });

  it('hostile names are escaped in the HTML and kept to one line in the subject', () => {
    const hostile = snapshot({
      workbook: { id: 'x', name: 'Norr\r\nBcc: all@example.se <script>', url: 'javascript:alert(1)', timeZone: 'Europe/Stockholm' },
      supervisors: [{ name: '<img src=x onerror=alert(1)>', email: 'h@example.se' }],
      trainees: [
        traineeEntry({
          name: '<script>alert("x")</script> & "Ö"',
          supervisor: 0,
          items: [{ kind: 'annual', due: '2026-11-01' }],
          flags: ['<b>fet</b>'],
        }),
      ],
    });
    const coordinator = renderDigest(coordinatorDigest(hostile, '2026-11-23', false));
    expect(coordinator.subject).toBe('ST-koll: 4 att göra – Norr Bcc: all@example.se <script>');
    expect(coordinator.htmlBody).not.toMatch(/<script|<img|<b>fet/);
    expect(coordinator.htmlBody).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Ö&quot;');
    expect(coordinator.htmlBody).toContain('&lt;b&gt;fet&lt;/b&gt;');
    // Not a Google address: no link, in either body.
    expect(coordinator.htmlBody).not.toContain('href=');
    expect(coordinator.body).not.toContain('javascript:');
    const [part] = supervisorDigests(hostile, '2026-11-23');
    const supervisorMail = renderDigest(part.digest, part.supervisor.name);
    expect(supervisorMail.htmlBody).toContain('Hej &lt;img src=x onerror=alert(1)&gt;!');
    expect(supervisorMail.htmlBody).not.toContain('<img');
  });

  it("the supervisor's mail greets them and speaks of their own trainees", () => {
    const [part] = supervisorDigests(snapshot(), '2026-11-23');
    const m = renderDigest(part.digest, part.supervisor.name);
    expect(m.subject).toBe('ST-koll: 2 att göra – ST Region Norr');
    expect(m.body).toMatch(/^Hej Karin Berg! Det här gäller ST-läkare som du är huvudhandledare för/);
    expect(m.body).not.toContain('Cecilia Dahl');
    expect(m.body).not.toContain('Datafel');
  });
});

describe('PRODUCT.md §7: a large region still gets a mail Apps Script will send (body ≤ 200 KB)', () => {
  it('3,000 late check-ins: 100 shown, "… och 2900 till", the count says 3000, both bodies under 200 KB', () => {
    const trainees = Array.from({ length: 3000 }, (_, i) =>
      traineeEntry({ name: `Åsa Öberg-Lindström ${i}`, items: [{ kind: 'annual', due: '2026-10-01' }] }),
    );
    const m = renderDigest(coordinatorDigest(snapshot({ trainees, dataErrors: 0 }), '2026-11-23', false));
    expect(m.subject).toBe('ST-koll: 3000 att göra – ST Region Norr');
    expect(m.body).toContain('Årliga avstämningar som är försenade (3000)');
    expect(m.body).toContain('- … och 2900 till – se arbetsboken.');
    expect(m.body.split('\n').filter((l) => l.startsWith('- Åsa'))).toHaveLength(100);
    expect(Buffer.byteLength(m.body)).toBeLessThan(200 * 1024);
    expect(Buffer.byteLength(m.htmlBody)).toBeLessThan(200 * 1024);
  });
});
