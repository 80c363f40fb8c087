import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Monday 20 April 2026, 10:00 in Auch. */
const NOW = new Date('2026-04-20T08:00:00Z');

describe('members’ directory over HTTP', () => {
  let t: TestApp;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let auch: TestSite;
  let vic: TestSite;
  let draft: TestSite;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await givenAdmin(t);
    auch = await givenSite(t, admin, { name: 'Tiers-lieu d’Auch' });
    vic = await givenSite(t, admin, { name: 'Tiers-lieu de Vic' });
    draft = await givenSite(t, admin, { name: 'Projet de Lectoure' }, 'draft');
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (who: TestAccount | undefined, path: string) => {
    const request = t.http.get(`/api/v1${path}`);
    if (who) request.set('Authorization', who.bearer);
    return request;
  };
  const saveCard = (who: TestAccount, card: Record<string, unknown>) =>
    t.http
      .put('/api/v1/me/directory-profile')
      .set('Authorization', who.bearer)
      .send({ listed: true, trade: '', skills: [], helpText: '', ...card });
  const names = (body: { items: { firstName: string }[] }) => body.items.map((item) => item.firstName);

  it('keeps a new member’s card hidden until they list it, and refuses anonymous callers', async () => {
    const member = await givenMember(t, { firstName: 'Nadia', lastName: 'Discrète' });
    const card = await get(member, '/me/directory-profile').expect(200);
    expect(card.body).toEqual({
      listed: false,
      trade: '',
      skills: [],
      helpText: '',
      showEmail: false,
      sites: [],
      suggestedSites: [],
      updatedAt: null,
    });
    await saveCard(member, { listed: false, trade: 'Juriste', skills: ['Droit du travail'] }).expect(200);
    const viewer = await givenMember(t);
    const found = await get(viewer, '/directory?q=nadia').expect(200);
    expect(found.body).toEqual({ items: [], total: 0 });
    // A hidden card's skills do not show in the autocomplete either.
    expect((await get(viewer, '/directory/skills?q=droit').expect(200)).body).toEqual({ items: [], total: 0 });

    await get(undefined, '/directory').expect(401);
    await get(undefined, '/directory/skills').expect(401);
    await get(undefined, '/me/directory-profile').expect(401);
    await t.http.put('/api/v1/me/directory-profile').send({ listed: true }).expect(401);
  });

  it('saves a listed card with normalised skills and chosen sites, suggesting the sites where the member booked', async () => {
    const member = await givenMember(t, { firstName: 'Léa', lastName: 'Fourcade' });
    const desk = await givenResource(t, admin, vic.id);
    await givenBooking(t, member, { resourceId: desk.id, date: '2026-04-21', slot: 'morning' });
    const saved = await saveCard(member, {
      trade: '  Graphiste ',
      skills: ['  Graphisme', 'Illustration', 'GRAPHISME', 'Mise   en page'],
      helpText: 'Je relis vos plaquettes.',
      siteIds: [auch.id],
    }).expect(200);
    expect(saved.body).toEqual({
      listed: true,
      trade: 'Graphiste',
      skills: ['graphisme', 'illustration', 'mise en page'],
      helpText: 'Je relis vos plaquettes.',
      showEmail: false,
      sites: [{ id: auch.id, name: 'Tiers-lieu d’Auch' }],
      suggestedSites: [{ id: vic.id, name: 'Tiers-lieu de Vic' }],
      updatedAt: '2026-04-20T10:00:00+02:00',
    });
    expect((await get(member, '/me/directory-profile').expect(200)).body).toEqual(saved.body);
  });

  it('refuses bad cards with the field in error', async () => {
    const member = await givenMember(t);
    const refused = async (card: Record<string, unknown>, field: string) => {
      const response = await saveCard(member, card).expect(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    };
    await refused({ siteIds: [draft.id] }, 'siteIds');
    await refused({ siteIds: ['6f1c1d7e-0000-4000-8000-000000000000'] }, 'siteIds');
    await refused({ siteIds: ['not-a-uuid'] }, 'siteIds');
    await refused({ skills: ['x'.repeat(41)] }, 'skills');
    await refused({ skills: Array.from({ length: 16 }, (_, i) => `compétence ${i}`) }, 'skills');
    await refused({ skills: ['nul\u0000'] }, 'skills');
    await refused({ trade: 't'.repeat(81) }, 'trade');
    await refused({ helpText: 'h'.repeat(1001) }, 'helpText');
    await refused({ listed: 'yes' }, 'listed');
    await refused({ showEmail: null }, 'showEmail');
    const response = await t.http
      .put('/api/v1/me/directory-profile')
      .set('Authorization', member.bearer)
      .send({ listed: true })
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['trade', 'skills', 'helpText']),
    );
  });

  describe('search', () => {
    let viewer: TestAccount;
    let host: TestAccount;
    let gimont: TestSite;

    beforeAll(async () => {
      gimont = await givenSite(t, admin, { name: 'Tiers-lieu de Gimont' });
      const [electricienne, plombier, juriste, developpeuse] = await Promise.all([
        givenMember(t, { firstName: 'Hélène', lastName: 'Abadie' }),
        givenMember(t, { firstName: 'Bruno', lastName: 'Baylac' }),
        givenMember(t, { firstName: 'Chloé', lastName: 'Castex' }),
        givenMember(t, { firstName: 'Dorothée', lastName: 'Dupouy' }),
      ]);
      await saveCard(electricienne, {
        trade: 'Électricienne',
        skills: ['Électricité', 'Domotique'],
        helpText: 'Un conseil pour votre tableau électrique.',
        siteIds: [gimont.id, vic.id],
        showEmail: true,
      }).expect(200);
      await saveCard(plombier, { trade: 'Plombier', skills: ['Plomberie', 'électricité'], siteIds: [vic.id] }).expect(
        200,
      );
      await saveCard(juriste, { trade: 'Juriste', skills: ['Droit du travail'], siteIds: [gimont.id] }).expect(200);
      await saveCard(developpeuse, {
        listed: false,
        trade: 'Développeuse',
        skills: ['Électricité'],
        siteIds: [gimont.id],
      }).expect(200);
      viewer = await givenMember(t);
      host = await givenHost(t, admin, gimont.id);
    });

    it('shows listed cards only, by last name, with an address only when its member shows it', async () => {
      const page = await get(viewer, '/directory?siteId=' + gimont.id).expect(200);
      expect(page.body.total).toBe(2);
      expect(page.body.items).toEqual([
        {
          userId: expect.any(String),
          firstName: 'Hélène',
          lastName: 'Abadie',
          trade: 'Électricienne',
          skills: ['électricité', 'domotique'],
          helpText: 'Un conseil pour votre tableau électrique.',
          sites: [
            { id: gimont.id, name: 'Tiers-lieu de Gimont' },
            { id: vic.id, name: 'Tiers-lieu de Vic' },
          ],
          email: expect.stringMatching(/@example\.fr$/),
        },
        expect.objectContaining({ firstName: 'Chloé', email: null, skills: ['droit du travail'] }),
      ]);
      expect(JSON.stringify(page.body)).not.toContain('Dorothée');
    });

    it('filters by skill, accents and case aside, and by site', async () => {
      expect(names((await get(viewer, '/directory?skill=electricite').expect(200)).body)).toEqual(['Hélène', 'Bruno']);
      expect(
        names((await get(viewer, `/directory?skill=%C3%89LECTRICIT%C3%89&siteId=${vic.id}`).expect(200)).body),
      ).toEqual(['Hélène', 'Bruno']);
      expect(names((await get(viewer, `/directory?skill=electricite&siteId=${gimont.id}`).expect(200)).body)).toEqual([
        'Hélène',
      ]);
      expect((await get(viewer, '/directory?skill=menuiserie').expect(200)).body).toEqual({ items: [], total: 0 });
    });

    it('finds words in names, trades, skills and help texts, every word counting', async () => {
      expect(names((await get(viewer, '/directory?q=helene').expect(200)).body)).toEqual(['Hélène']);
      expect(names((await get(viewer, '/directory?q=tableau%20electrique').expect(200)).body)).toEqual(['Hélène']);
      expect(names((await get(viewer, '/directory?q=droit').expect(200)).body)).toContain('Chloé');
      expect(names((await get(viewer, '/directory?q=plomb%20bruno').expect(200)).body)).toEqual(['Bruno']);
      expect((await get(viewer, '/directory?q=100%25').expect(200)).body.total).toBe(0);
    });

    it('pages with limit and offset, and gives the total', async () => {
      const first = await get(host, `/directory?skill=electricite&limit=1`).expect(200);
      expect(first.body).toMatchObject({ total: 2, items: [{ firstName: 'Hélène' }] });
      const second = await get(admin, `/directory?skill=electricite&limit=1&offset=1`).expect(200);
      expect(names(second.body)).toEqual(['Bruno']);
      await get(viewer, '/directory?limit=0').expect(400);
      await get(viewer, '/directory?siteId=nope').expect(400);
    });

    it('suggests the skills of listed cards, most common first, from a prefix', async () => {
      const all = await get(viewer, '/directory/skills?q=e').expect(200);
      expect(all.body.items[0]).toEqual({ tag: 'électricité', count: 2 });
      expect(all.body.items).not.toContainEqual(expect.objectContaining({ count: 3 }));
      const travail = await get(viewer, '/directory/skills?q=trav').expect(200);
      expect(travail.body).toEqual({ items: [{ tag: 'droit du travail', count: 1 }], total: 1 });
    });
  });
});
