// Issue 12.2 and 12.3 (ADR 018): a NUL byte in free text, or a form body that does not parse, is
// a Dutch 4xx and saves nothing; before, PostgreSQL refused the row and the person saw a 500.
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { readDemoIds, signIn, signInEmail, type Account } from './support';

const training = '/activiteiten/samana/vorming-jonge-mantelzorgers-herkennen';
const trip = '/activiteiten/ouders-en-school/studiereis-hamburg';
// Registered for the Hamburg trip in the demo: may use its travel board and pre-meeting.
const traveller = { email: 'nadia.elamrani@demo.netwerkplein.example' };
const refusedMessage = 'Deze tekst bevat een onzichtbaar stuurteken dat we niet kunnen bewaren.';
const malformedMessage = 'We konden dit formulier niet lezen';

interface NulCase { name: string; account: Account | { email: string }; action: string; form: Record<string, string>; shownAt: string }

function cases(meetingId: string, marker: string): NulCase[] {
  const nul = `${marker}\u0000einde`;
  return [
    { name: 'reaction', account: 'otherCoordinator', action: `${training}/reacties?/post`, form: { body: nul }, shownAt: `${training}/reacties` },
    { name: 'travel board', account: traveller, action: `${trip}/samen-reizen?/save`,
      form: { fromPlace: nul, mode: 'trein', contact: '0470 11 22 33', note: '' }, shownAt: `${trip}/samen-reizen` },
    { name: 'pre-meeting question', account: traveller, action: `${trip}/voorbereiding?/ask`, form: { body: nul }, shownAt: `${trip}/voorbereiding` },
    { name: 'account name', account: 'staff', action: '/account?/profile', form: { name: nul }, shownAt: '/account' },
    { name: 'organisation profile', account: 'facilitator', action: '/werkruimte/samana',
      form: { name: 'Samana', description: nul, website: '', contactEmail: '' }, shownAt: '/werkruimte/samana' },
    { name: 'activity title', account: 'facilitator', action: '/werkruimte/samana/activiteiten/nieuw?/create',
      form: { title: nul, kind: 'vorming', startDate: '2030-03-12', startTime: '13:30', endDate: '2030-03-12', endTime: '16:00' },
      shownAt: '/werkruimte/samana/activiteiten' },
    { name: 'school profile', account: 'coordinator', action: '/school/913204', form: { name: nul }, shownAt: '/school/913204' },
    { name: 'submission', account: 'coordinator', action: `/school/913204/bijeenkomsten/${meetingId}?/submit`,
      form: { kind: 'question', body: nul }, shownAt: `/school/913204/bijeenkomsten/${meetingId}` },
    { name: 'training request', account: 'coordinator', action: '/school/913204/vormingsaanvragen?/submit',
      form: { kind: 'thematisch', theme: nul, audience: 'Het hele team', preferredPeriod: 'voorjaar', message: '' },
      shownAt: '/school/913204/vormingsaanvragen' }
  ];
}

async function as(account: Account | { email: string }, baseURL: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  if (typeof account === 'object') await signInEmail(context, account.email, baseURL);
  else await signIn(context, account, baseURL);
  return context;
}

test('a NUL byte in free text is refused next to the field with a Dutch 4xx, and nothing is saved', async ({ baseURL }) => {
  const { meetingId } = await readDemoIds(baseURL!);
  const marker = `Nulproef${Date.now()}`;
  for (const c of cases(meetingId, marker)) {
    const context = await as(c.account, baseURL!);
    const response = await context.post(c.action, { form: c.form, headers: { accept: 'text/html', origin: baseURL! }, maxRedirects: 0 });
    expect(response.status(), c.name).toBeGreaterThanOrEqual(400);
    expect(response.status(), c.name).toBeLessThan(500);
    expect(await response.text(), c.name).toContain(refusedMessage);
    expect(await (await context.get(c.shownAt)).text(), c.name).not.toContain(marker);
    await context.dispose();
  }
});

test('a form body that does not parse, or is not a form, is a Dutch 400 on any action and changes nothing', async ({ baseURL }) => {
  const context = await as('coordinator', baseURL!);
  const boundary = '----netwerkplein';
  const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nAfgebroken`;
  const wrongBoundary = `--anders\r\nContent-Disposition: form-data; name="name"\r\n\r\nVerkeerd\r\n--anders--\r\n`;
  const bodies = [
    { label: 'truncated', data: truncated, type: `multipart/form-data; boundary=${boundary}` },
    { label: 'wrong boundary', data: wrongBoundary, type: `multipart/form-data; boundary=${boundary}` },
    { label: 'no boundary', data: wrongBoundary, type: 'multipart/form-data' },
    { label: 'text/plain', data: 'name=Tekst', type: 'text/plain' },
    { label: 'json', data: '{"name":"Json"}', type: 'application/json' }
  ];
  for (const action of ['/school/913204', '/account?/profile', '/school/913204/vormingsaanvragen?/submit', `${training}/reacties?/post`, '/taal']) {
    for (const body of bodies) {
      const response = await context.post(action, {
        data: body.data, headers: { 'content-type': body.type, accept: 'text/html', origin: baseURL! }, maxRedirects: 0
      });
      expect(response.status(), `${action} ${body.label}`).toBe(400);
      const html = await response.text();
      expect(html, `${action} ${body.label}`).toContain(malformedMessage);
      expect(html).toContain('lang="nl"');
    }
  }
  const school = await (await context.get('/school/913204')).text();
  for (const typed of ['Afgebroken', 'Verkeerd', 'Json']) expect(school).not.toContain(typed);
  await context.dispose();
});
