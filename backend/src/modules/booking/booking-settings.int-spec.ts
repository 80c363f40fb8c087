import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch. */
const NOW = new Date('2026-03-20T10:00:00Z');
const DOOR = 'Code de la porte : 4721 <B>\nClé dans la boîte n° 3';

describe('a site’s booking settings', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let member: TestAccount;
  let site: TestSite;
  let host: TestAccount;
  let otherHost: TestAccount;

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start() } });
    admin = await givenAdmin(t);
    member = await givenMember(t, { email: `noa-${Date.now()}@example.fr` });
    site = await givenSite(t, admin, { name: 'La Fabrique de Lectoure' });
    host = await givenHost(t, admin, site.id);
    otherHost = await givenHost(t, admin, (await givenSite(t, admin)).id);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const patch = (who: TestAccount | undefined, body: Record<string, unknown>, siteId = site.id) => {
    const request = t.http.patch(`/api/v1/sites/${siteId}`);
    if (who) request.set('Authorization', who.bearer);
    return request.send(body);
  };

  it('start as: cancel until the start, no check-in, release at 10:30, no access instructions', async () => {
    const view = await t.http.get(`/api/v1/sites/${site.id}`).set('Authorization', host.bearer).expect(200);
    expect(view.body).toMatchObject({
      cancellationCutoff: { kind: 'until_start' },
      checkInRequired: false,
      noShowReleaseTime: '10:30',
      accessInstructions: null,
    });
  });

  it('are changed by the site’s hosts and officers only, and checked', async () => {
    const settings = {
      cancellationCutoff: { kind: 'day_before_at', time: '18:00' },
      checkInRequired: true,
      noShowReleaseTime: '11:00',
      accessInstructions: `  ${DOOR}  `,
    };
    await patch(undefined, settings).expect(401);
    await patch(member, settings).expect(403);
    await patch(otherHost, settings).expect(403);
    const changed = await patch(host, settings).expect(200);
    expect(changed.body).toMatchObject({ ...settings, accessInstructions: DOOR });
    const byAdmin = await patch(admin, { cancellationCutoff: { kind: 'minutes_before', minutes: 120 } }).expect(200);
    expect(byAdmin.body).toMatchObject({
      cancellationCutoff: { kind: 'minutes_before', minutes: 120 },
      noShowReleaseTime: '11:00',
    });

    for (const [body, field] of [
      [{ cancellationCutoff: { kind: 'minutes_before' } }, 'cancellationCutoff'],
      [{ cancellationCutoff: { kind: 'minutes_before', minutes: 30, time: '18:00' } }, 'cancellationCutoff'],
      [{ cancellationCutoff: { kind: 'day_before_at', time: '25:00' } }, 'cancellationCutoff'],
      [{ cancellationCutoff: { kind: 'soon' } }, 'cancellationCutoff'],
      [{ cancellationCutoff: 'until_start' }, 'cancellationCutoff'],
      [{ noShowReleaseTime: '9:30' }, 'noShowReleaseTime'],
      [{ checkInRequired: 'yes' }, 'checkInRequired'],
      [{ checkInRequired: null }, 'checkInRequired'],
      [{ accessInstructions: 'x'.repeat(2001) }, 'accessInstructions'],
    ] as const) {
      const refused = await patch(host, body).expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    // A blank text clears the instructions, as null does.
    const cleared = await patch(host, { accessInstructions: '   ' }).expect(200);
    expect(cleared.body.accessInstructions).toBeNull();
    await patch(host, {
      accessInstructions: DOOR,
      cancellationCutoff: { kind: 'day_before_at', time: '18:00' },
    }).expect(200);
  });

  it('keep the access instructions out of every public answer', async () => {
    const anonymous = await t.http.get(`/api/v1/sites/${site.slug}`).expect(200);
    expect(anonymous.body).not.toHaveProperty('accessInstructions');
    expect(anonymous.body.cancellationCutoff).toEqual({ kind: 'day_before_at', time: '18:00' });
    const byMember = await t.http.get(`/api/v1/sites/${site.id}`).set('Authorization', member.bearer).expect(200);
    expect(byMember.body).not.toHaveProperty('accessInstructions');
    const byOtherHost = await t.http.get(`/api/v1/sites/${site.id}`).set('Authorization', otherHost.bearer).expect(200);
    expect(byOtherHost.body).not.toHaveProperty('accessInstructions');
    const list = await t.http.get('/api/v1/sites').set('Authorization', host.bearer).expect(200);
    const listed = list.body.items.find((s: { id: string }) => s.id === site.id);
    expect(listed).toMatchObject({ checkInRequired: true });
    expect(listed).not.toHaveProperty('accessInstructions');
    expect(JSON.stringify(list.body)).not.toContain('4721');
    const byAdmin = await t.http.get(`/api/v1/sites/${site.id}`).set('Authorization', admin.bearer).expect(200);
    expect(byAdmin.body.accessInstructions).toBe(DOOR);
  });

  it('send the access instructions in the booking confirmation, text and HTML', async () => {
    const desk = await givenResource(t, host, site.id, { name: 'Poste fenêtre' });
    await givenBooking(t, member, { resourceId: desk.id, date: '2026-03-24', slot: 'morning' });
    const mail = await eventually(async () =>
      smtp.to(member.email).find((m) => m.subject === 'Réservation confirmée : La Fabrique de Lectoure'),
    );
    expect(mail.text).toContain(`Pour entrer :\n${DOOR}`);
    expect(mail.html).toContain('Code de la porte : 4721 &lt;B&gt;<br>Clé dans la boîte n° 3');
  });

  it('let the holder cancel until the cut-off, and the site’s team at any time', async () => {
    const desk = await givenResource(t, host, site.id);
    // Cut-off: 18:00 the day before. Monday's booking may still be cancelled on Friday.
    const monday = await givenBooking(t, member, { resourceId: desk.id, date: '2026-03-23', slot: 'full_day' });
    await t.http.post(`/api/v1/bookings/${monday.id}/cancel`).set('Authorization', member.bearer).expect(200);
    // This afternoon's could only be cancelled until yesterday 18:00.
    const today = await givenBooking(t, member, { resourceId: desk.id, date: '2026-03-20', slot: 'afternoon' });
    const late = await t.http
      .post(`/api/v1/bookings/${today.id}/cancel`)
      .set('Authorization', member.bearer)
      .expect(422);
    expect(late.body).toMatchObject({
      type: expect.stringMatching(/cancellation-cutoff$/),
      cutoff: '2026-03-19T18:00:00+01:00',
    });
    expect(late.body.detail).toContain('until 2026-03-19T18:00:00+01:00');
    const byHost = await t.http
      .post(`/api/v1/bookings/${today.id}/cancel`)
      .set('Authorization', host.bearer)
      .expect(200);
    expect(byHost.body.status).toBe('cancelled');

    // Two hours before the start, counted on the site's clock: 11:00 now, so a 13:00 start is just too late.
    await patch(host, { cancellationCutoff: { kind: 'minutes_before', minutes: 150 } }).expect(200);
    const soon = await givenBooking(t, member, { resourceId: desk.id, date: '2026-03-20', slot: 'afternoon' });
    await t.http.post(`/api/v1/bookings/${soon.id}/cancel`).set('Authorization', member.bearer).expect(422);
    await patch(host, { cancellationCutoff: { kind: 'minutes_before', minutes: 120 } }).expect(200);
    await t.http.post(`/api/v1/bookings/${soon.id}/cancel`).set('Authorization', member.bearer).expect(200);
    const byAdmin = await givenBooking(t, member, { resourceId: desk.id, date: '2026-03-20', slot: 'afternoon' });
    await patch(host, { cancellationCutoff: { kind: 'day_before_at', time: '18:00' } }).expect(200);
    await t.http.post(`/api/v1/bookings/${byAdmin.id}/cancel`).set('Authorization', admin.bearer).expect(200);
  });
});
