import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { Page } from '../../common/pagination/page';
import { InvalidInput } from '../../common/problem/domain-error';
import { searchKey } from '../../common/text/search-key';
import { SiteBookers } from '../booking/site-bookers';
import { likePatterns, networkInstant, publishedSiteNames } from './community-records';
import type {
  DirectoryEntryView,
  DirectoryProfileRequest,
  DirectoryProfileView,
  DirectoryQuery,
  DirectorySiteView,
  SkillQuery,
  SkillView,
} from './dto/directory.dto';
import { SKILL_MAX_LENGTH } from './entities/directory-profile-skill.entity';
import { skillTags } from './skill-tags';

interface ProfileRow {
  listed: boolean;
  trade: string;
  help_text: string;
  show_email: boolean;
  updated_at: Date;
  skills: string[];
  site_ids: string[];
}

interface EntryRow {
  user_id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  trade: string;
  help_text: string;
  skills: string[];
  sites: DirectorySiteView[];
}

const PROFILE_SELECT = `
  SELECT p.listed, p.trade, p.help_text, p.show_email, p.updated_at,
         ARRAY(SELECT s.tag FROM directory_profile_skills s WHERE s.user_id = p.user_id ORDER BY s.position) AS skills,
         ARRAY(SELECT ps.site_id FROM directory_profile_sites ps WHERE ps.user_id = p.user_id) AS site_ids
  FROM directory_profiles p WHERE p.user_id = $1`;

/** How far back the sites where a member booked are suggested for their card. */
const SUGGESTION_MONTHS = 12;

/**
 * The members' directory: each member's own card (hidden until they list it), and the search that
 * signed-in members make among the listed cards. Names and the addresses shown by choice are read from
 * `users`, and site names from `sites`, with joins: documented read-only exceptions to "modules own their
 * tables", because a search by name with a total cannot go through one lookup per page.
 */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bookers: SiteBookers,
    private readonly clock: Clock,
  ) {}

  async profileOf(userId: string): Promise<DirectoryProfileView> {
    const [row]: ProfileRow[] = await this.dataSource.query(PROFILE_SELECT, [userId]);
    const since = DateTime.fromJSDate(this.clock.now()).minus({ months: SUGGESTION_MONTHS }).toJSDate();
    const manager = this.dataSource.manager;
    const [sites, suggestedSites] = await Promise.all([
      publishedSiteNames(manager, row?.site_ids ?? []),
      this.bookers.sitesOf(userId, since).then((ids) => publishedSiteNames(manager, ids)),
    ]);
    return {
      listed: row?.listed ?? false,
      trade: row?.trade ?? '',
      skills: row?.skills ?? [],
      helpText: row?.help_text ?? '',
      showEmail: row?.show_email ?? false,
      sites: sites.sort((a, b) => a.name.localeCompare(b.name, 'fr')),
      suggestedSites,
      updatedAt: row ? networkInstant(row.updated_at) : null,
    };
  }

  /** Replaces the member's card; the sites must be published ones (400 otherwise). */
  async save(userId: string, request: DirectoryProfileRequest): Promise<DirectoryProfileView> {
    const tags = skillTags(request.skills);
    const tooLong = tags.find((skill) => skill.tag.length > SKILL_MAX_LENGTH);
    if (tooLong) {
      throw new InvalidInput([
        { field: 'skills', message: `each skill is at most ${SKILL_MAX_LENGTH} characters long: "${tooLong.tag}"` },
      ]);
    }
    const siteIds = (request.siteIds ?? []).map((id) => id.toLowerCase());
    const known = new Set((await publishedSiteNames(this.dataSource.manager, siteIds)).map((site) => site.id));
    const unknown = siteIds.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new InvalidInput([{ field: 'siteIds', message: `no published site ${unknown.join(', ')}` }]);
    }
    await this.dataSource.transaction(async (manager) => {
      // The upsert takes the profile's row lock: two saves of one card apply one after the other.
      await manager.query(
        `INSERT INTO directory_profiles (user_id, listed, trade, help_text, show_email, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (user_id) DO UPDATE SET listed = $2, trade = $3, help_text = $4, show_email = $5, updated_at = $6`,
        [userId, request.listed, request.trade, request.helpText, request.showEmail ?? false, this.clock.now()],
      );
      await manager.query(`DELETE FROM directory_profile_skills WHERE user_id = $1`, [userId]);
      await manager.query(
        `INSERT INTO directory_profile_skills (user_id, key, tag, position)
         SELECT $1, key, tag, position - 1 FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(key, tag, position)`,
        [userId, tags.map((skill) => skill.key), tags.map((skill) => skill.tag)],
      );
      await manager.query(`DELETE FROM directory_profile_sites WHERE user_id = $1`, [userId]);
      await manager.query(`INSERT INTO directory_profile_sites (user_id, site_id) SELECT $1, unnest($2::uuid[])`, [
        userId,
        siteIds,
      ]);
    });
    return this.profileOf(userId);
  }

  /** The listed cards, for signed-in members only (the controller says so), by last name. */
  async search(query: DirectoryQuery): Promise<Page<DirectoryEntryView>> {
    const params: unknown[] = [];
    const conditions = ['p.listed'];
    if (query.siteId) {
      params.push(query.siteId.toLowerCase());
      conditions.push(
        `EXISTS (SELECT 1 FROM directory_profile_sites ps WHERE ps.user_id = p.user_id AND ps.site_id = $${params.length})`,
      );
    }
    if (query.skill !== undefined) {
      params.push(searchKey(query.skill.normalize('NFC')));
      conditions.push(
        `EXISTS (SELECT 1 FROM directory_profile_skills s WHERE s.user_id = p.user_id AND s.key = $${params.length})`,
      );
    }
    for (const pattern of likePatterns(query.q)) {
      params.push(pattern);
      conditions.push(
        `community_search_key(concat_ws(' ', u.first_name, u.last_name, p.trade, p.help_text,
           (SELECT string_agg(s.key, ' ') FROM directory_profile_skills s WHERE s.user_id = p.user_id)))
         LIKE $${params.length}`,
      );
    }
    const from = `FROM directory_profiles p JOIN users u ON u.id = p.user_id WHERE ${conditions.join(' AND ')}`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total ${from}`,
      params,
    );
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT p.user_id, u.first_name, u.last_name, CASE WHEN p.show_email THEN u.email END AS email, p.trade,
              p.help_text,
              ARRAY(SELECT s.tag FROM directory_profile_skills s WHERE s.user_id = p.user_id ORDER BY s.position)
                AS skills,
              COALESCE((SELECT json_agg(json_build_object('id', st.id, 'name', st.name) ORDER BY st.name)
                        FROM directory_profile_sites ps JOIN sites st ON st.id = ps.site_id
                        WHERE ps.user_id = p.user_id AND st.status = 'published'), '[]') AS sites
       ${from}
       ORDER BY lower(u.last_name), lower(u.first_name), p.user_id
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return {
      total,
      items: rows.map((row) => ({
        userId: row.user_id,
        firstName: row.first_name,
        lastName: row.last_name,
        trade: row.trade,
        skills: row.skills,
        helpText: row.help_text,
        sites: row.sites,
        email: row.email,
      })),
    };
  }

  /**
   * The skills of listed cards, most common first, for the search's autocomplete. Hidden cards count for
   * nothing: a skill only they have is not shown.
   */
  async skills(query: SkillQuery): Promise<Page<SkillView>> {
    const params: unknown[] = [];
    let match = '';
    const prefix = query.q ? searchKey(query.q.normalize('NFC')) : '';
    if (prefix) {
      params.push(prefix.replace(/[\\%_]/g, (c) => `\\${c}`));
      match = `AND (s.key LIKE $1 || '%' OR s.key LIKE '% ' || $1 || '%')`;
    }
    const grouped = `
      SELECT s.key, min(s.tag) AS tag, count(*)::int AS count
      FROM directory_profile_skills s JOIN directory_profiles p ON p.user_id = s.user_id
      WHERE p.listed ${match} GROUP BY s.key`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (${grouped}) skills`,
      params,
    );
    const rows: SkillView[] = await this.dataSource.query(
      `SELECT tag, count FROM (${grouped}) skills ORDER BY count DESC, key
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return { total, items: rows.map((row) => ({ tag: row.tag, count: row.count })) };
  }
}
