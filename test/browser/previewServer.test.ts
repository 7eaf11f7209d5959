/**
 * The preview server's HTTP surface without a browser: what google.script.run
 * may call, and the bounds on requests.
 * Run alone:  npx jest test/browser/previewServer.test.ts
 */
import { request } from 'node:http';
import type { RunningPreview } from '../../dev/preview/server';
import { startTestPreview } from './support';

let preview: RunningPreview;

beforeAll(async () => {
  preview = await startTestPreview();
});

afterAll(async () => {
  await preview?.close();
});

function post(path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return fetch(new URL(path, preview.url), { method: 'POST', headers, body });
}

test('google.script.run reaches a public server function and gets plain JSON back', async () => {
  const response = await post('/api/run/getSidebarData', '[]');
  expect(response.status).toBe(200);
  const reply = (await response.json()) as { ok: boolean; value: { ok: boolean; data: { today: string } } };
  expect(reply.ok).toBe(true);
  expect(reply.value.ok).toBe(true);
  expect(reply.value.data.today).toBe('2026-11-23');
});

test('a server function added to src/main.ts is reachable without touching the preview: searchTrainees answers a page', async () => {
  const response = await post('/api/run/searchTrainees', JSON.stringify([{ query: 'alva' }]));
  expect(response.status).toBe(200);
  const reply = (await response.json()) as { value: { ok: boolean; page: { items: Array<{ id: string; name: string }>; total: number } } };
  expect(reply.value).toMatchObject({ ok: true, page: { items: [{ id: 'ST-0001', name: 'Alva Påhittad' }], total: 1 } });
  // And its argument is checked by the bundle, as in Apps Script.
  const hostile = (await (await post('/api/run/searchTrainees', JSON.stringify([{ query: 'x'.repeat(500) }]))).json()) as { value: { ok: boolean } };
  expect(hostile.value.ok).toBe(false);
});

test.each(['runRefresh_', 'SpreadsheetApp', 'constructor', '__proto__', 'notAFunction', '../etc/passwd'])(
  'refuses to run %s',
  async (name) => {
    const response = await post(`/api/run/${encodeURIComponent(name)}`, '[]');
    expect(response.status).toBe(404);
  },
);

test('arguments must be a JSON array sent as application/json', async () => {
  expect((await post('/api/run/getSidebarData', '{"a":1}')).status).toBe(400);
  expect((await post('/api/run/getSidebarData', 'not json')).status).toBe(400);
  expect((await post('/api/run/getSidebarData', '[]', { 'content-type': 'text/plain' })).status).toBe(415);
});

test('a body over the limit is refused', async () => {
  const big = JSON.stringify(['x'.repeat(300 * 1024)]);
  expect((await post('/api/run/logSession', big)).status).toBe(413);
});

test('a request for another host name or from another origin is refused', async () => {
  const status = await new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: preview.port, path: '/', headers: { host: 'attacker.example' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
  expect(status).toBe(403);
  const crossSite = await post('/api/run/getSidebarData', '[]', { 'content-type': 'application/json', origin: 'https://attacker.example' });
  expect(crossSite.status).toBe(403);
});

test('the sidebar is served with the shim and a strict content security policy', async () => {
  const response = await fetch(new URL('/sidebar', preview.url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  const body = await response.text();
  expect(body.indexOf('google.script.run')).toBeLessThan(body.indexOf('<main id="app"'));
  expect(body).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
});

test('a menu item runs the entry point and reports what it said', async () => {
  const response = await post('/api/menu/refreshFlags', '{}');
  const reply = (await response.json()) as { ok: boolean; message: string };
  expect(reply.ok).toBe(true);
  expect(reply.message).toMatch(/ST-läkare uppdaterade/);
  expect((await post('/api/menu/getSidebarData', '{}')).status).toBe(404);
});
