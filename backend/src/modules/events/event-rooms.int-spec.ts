import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking, postBooking } from '../../testing/booking-fixtures';
import { eventRequest, givenEvent } from '../../testing/events-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch. */
const NOW = new Date('2026-03-20T10:00:00Z');

describe('events in meeting rooms', () => {
  let t: TestApp;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let host: TestAccount;
  let member: TestAccount;
  let site: TestSite;
  let room: { id: string };

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await givenAdmin(t);
    member = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Vic' });
    host = await givenHost(t, admin, site.id);
    room = await givenResource(t, host, site.id, { name: 'Salle Garonne', kind: 'meeting_room', capacity: 12 });
  });
  afterAll(async () => {
    await t.close();
  });

  const bookRoom = (start: string, end: string) => postBooking(t, member, { resourceId: room.id, start, end });
  const patch = (id: string, body: Record<string, unknown>) =>
    t.http.patch(`/api/v1/events/${id}`).set('Authorization', host.bearer).send(body);

  it('reserves the room for the event: a booking then is refused (409), and an event over a booking too', async () => {
    const event = await givenEvent(t, host, site.id, {
      roomId: room.id,
      start: '2026-03-23T09:00',
      end: '2026-03-23T10:30',
    });
    expect(event).toMatchObject({ roomId: room.id, roomName: 'Salle Garonne' });
    const refused = await bookRoom('2026-03-23T10:00', '2026-03-23T11:00').expect(409);
    expect(refused.body.type).toMatch(/booking-conflict$/);
    await bookRoom('2026-03-23T10:30', '2026-03-23T11:00').expect(201);

    await givenBooking(t, member, { resourceId: room.id, start: '2026-03-23T14:00', end: '2026-03-23T15:00' });
    const taken = await t.http
      .post('/api/v1/events')
      .set('Authorization', host.bearer)
      .send(eventRequest(site.id, { roomId: room.id, start: '2026-03-23T14:30', end: '2026-03-23T16:00' }))
      .expect(409);
    expect(taken.body).toMatchObject({
      type: expect.stringMatching(/room-taken$/),
      conflicts: [{ start: '2026-03-23T14:00:00+01:00', end: '2026-03-23T15:00:00+01:00', eventId: null }],
    });
    // Nothing of the refused event was kept.
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM events WHERE starts_at = $1`, [
      new Date('2026-03-23T13:30:00Z'),
    ]);
    expect(n).toBe(0);
  });

  it("shows the room's hold on the day sheet as the event's, which only the event moves or frees", async () => {
    const event = await givenEvent(t, host, site.id, {
      roomId: room.id,
      start: '2026-03-27T09:00',
      end: '2026-03-27T10:00',
    });
    const day = await t.http
      .get(`/api/v1/sites/${site.id}/bookings`)
      .query({ date: '2026-03-27' })
      .set('Authorization', host.bearer)
      .expect(200);
    const hold = day.body.items.find((b: { eventId: string | null }) => b.eventId === event.id);
    expect(hold).toMatchObject({ resourceId: room.id, userId: null, status: 'confirmed' });
    for (const action of ['cancel', 'check-in', 'no-show']) {
      const refused = await t.http
        .post(`/api/v1/bookings/${hold.id}/${action}`)
        .set('Authorization', host.bearer)
        .expect(422);
      expect(refused.body.type).toMatch(/held-by-event$/);
    }
    await bookRoom('2026-03-27T09:30', '2026-03-27T10:00').expect(409);
  });

  it('keeps two events out of one room at the same time, also outside opening hours', async () => {
    const evening = await givenEvent(t, host, site.id, {
      roomId: room.id,
      category: 'afterwork',
      start: '2026-03-24T18:30',
      end: '2026-03-24T21:00',
    });
    const clash = await t.http
      .post('/api/v1/events')
      .set('Authorization', admin.bearer)
      .send(eventRequest(site.id, { roomId: room.id, start: '2026-03-24T20:00', end: '2026-03-24T22:00' }))
      .expect(409);
    expect(clash.body.conflicts).toEqual([expect.objectContaining({ eventId: evening.id })]);
    const copy = await t.http
      .post(`/api/v1/events/${evening.id}/duplicate`)
      .set('Authorization', host.bearer)
      .send({ start: '2026-03-24T19:00' })
      .expect(409);
    expect(copy.body.type).toMatch(/room-taken$/);
  });

  it('moves the hold with the event, keeps it when a move is refused, and frees it on cancellation', async () => {
    const event = await givenEvent(t, host, site.id, {
      roomId: room.id,
      start: '2026-03-25T09:00',
      end: '2026-03-25T10:00',
    });
    await givenBooking(t, member, { resourceId: room.id, start: '2026-03-25T14:00', end: '2026-03-25T15:00' });
    const refused = await patch(event.id, { start: '2026-03-25T14:30', end: '2026-03-25T15:30' }).expect(409);
    expect(refused.body.type).toMatch(/room-taken$/);
    // The refused move left everything as it was: the event at 9:00 still holds its room.
    const unchanged = await t.http.get(`/api/v1/events/${event.id}`).set('Authorization', host.bearer).expect(200);
    expect(unchanged.body.start).toBe('2026-03-25T09:00:00+01:00');
    await bookRoom('2026-03-25T09:00', '2026-03-25T09:30').expect(409);

    await patch(event.id, { start: '2026-03-25T11:00', end: '2026-03-25T12:00' }).expect(200);
    await bookRoom('2026-03-25T09:00', '2026-03-25T09:30').expect(201);
    await bookRoom('2026-03-25T11:00', '2026-03-25T11:30').expect(409);

    await t.http.post(`/api/v1/events/${event.id}/cancel`).set('Authorization', host.bearer).expect(200);
    await bookRoom('2026-03-25T11:00', '2026-03-25T11:30').expect(201);
  });

  it('lets go of the room when the event leaves it (roomId null)', async () => {
    const event = await givenEvent(t, host, site.id, {
      roomId: room.id,
      start: '2026-03-26T09:00',
      end: '2026-03-26T10:00',
    });
    const moved = await patch(event.id, { roomId: null }).expect(200);
    expect(moved.body).toMatchObject({ roomId: null, roomName: null });
    await bookRoom('2026-03-26T09:00', '2026-03-26T10:00').expect(201);
    const back = await patch(event.id, { roomId: room.id }).expect(409);
    expect(back.body.type).toMatch(/room-taken$/);
  });

  it('only reserves an active meeting room of the event’s own site', async () => {
    const desk = await givenResource(t, host, site.id, { name: 'Bureau 1', kind: 'desk' });
    const notRoom = await t.http
      .post('/api/v1/events')
      .set('Authorization', host.bearer)
      .send(eventRequest(site.id, { roomId: desk.id }))
      .expect(422);
    expect(notRoom.body.type).toMatch(/not-a-meeting-room$/);
    const elsewhere = await givenSite(t, admin);
    const foreignRoom = await givenResource(t, admin, elsewhere.id, { kind: 'meeting_room' });
    await t.http
      .post('/api/v1/events')
      .set('Authorization', host.bearer)
      .send(eventRequest(site.id, { roomId: foreignRoom.id }))
      .expect(404);
    const removed = await givenResource(t, host, site.id, { kind: 'meeting_room' });
    await t.http.delete(`/api/v1/resources/${removed.id}`).set('Authorization', host.bearer).expect(204);
    const inactive = await t.http
      .post('/api/v1/events')
      .set('Authorization', host.bearer)
      .send(eventRequest(site.id, { roomId: removed.id }))
      .expect(422);
    expect(inactive.body.type).toMatch(/resource-inactive$/);
  });
});
