import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { HoldsPersonalData, PersonalDataHolder } from '../identity/personal-data';
import { siteInstant } from '../sites/site-time';
import type { RegistrationStatus } from './entities/event-registration.entity';
import { EventPlaces } from './event-places';
import { POSITION_OF } from './event-records';

interface ExportRow {
  id: string;
  event_id: string;
  title: string;
  starts_at: Date;
  timezone: string;
  site_name: string | null;
  status: RegistrationStatus;
  position: number | null;
  registered_at: Date;
  promoted_at: Date | null;
  cancelled_at: Date | null;
  attended_at: Date | null;
}

/**
 * A member's event registrations in their GDPR export. On erasure, the registrations for events still to
 * come are cancelled as if the member left (their places go to the waitlist, whose promoted members are
 * told), and the past ones lose their holder: attendance stays only as an anonymous figure.
 */
@Injectable()
@HoldsPersonalData('eventRegistrations')
export class EventPersonalData implements PersonalDataHolder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly places: EventPlaces,
    private readonly clock: Clock,
  ) {}

  async exportFor(userId: string): Promise<unknown> {
    const rows: ExportRow[] = await this.dataSource.query(
      `SELECT r.id, r.event_id, e.title, e.starts_at, e.timezone, s.name AS site_name, r.status,
              CASE WHEN r.status = 'waitlisted' THEN ${POSITION_OF('r')} END AS position,
              r.registered_at, r.promoted_at, r.cancelled_at, r.attended_at
       FROM event_registrations r JOIN events e ON e.id = r.event_id LEFT JOIN sites s ON s.id = e.site_id
       WHERE r.user_id = $1 ORDER BY e.starts_at, r.registered_at`,
      [userId],
    );
    const at = (instant: Date | null, zone: string) => (instant ? siteInstant(instant, zone) : null);
    return rows.map((row) => ({
      id: row.id,
      eventId: row.event_id,
      eventTitle: row.title,
      eventStart: siteInstant(row.starts_at, row.timezone),
      siteName: row.site_name,
      status: row.status,
      position: row.position,
      registeredAt: siteInstant(row.registered_at, row.timezone),
      promotedAt: at(row.promoted_at, row.timezone),
      cancelledAt: at(row.cancelled_at, row.timezone),
      attendedAt: at(row.attended_at, row.timezone),
    }));
  }

  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    const now = this.clock.now();
    // Events locked in id order, like every other multi-event writer, so that two erasures never deadlock.
    const ahead: { id: string; event_id: string; status: RegistrationStatus }[] = await manager.query(
      `SELECT r.id, r.event_id, r.status FROM event_registrations r JOIN events e ON e.id = r.event_id
       WHERE r.user_id = $1 AND r.status IN ('registered', 'waitlisted') AND e.starts_at > $2
       ORDER BY r.event_id`,
      [userId, now],
    );
    for (const registration of ahead) {
      const event = await this.places.lock(manager, registration.event_id);
      if (event) await this.places.leave(manager, event, registration, now);
    }
    await manager.query(`UPDATE event_registrations SET user_id = NULL WHERE user_id = $1`, [userId]);
  }
}
