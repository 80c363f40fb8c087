import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HoldsPersonalData, PersonalDataHolder } from '../identity/personal-data';
import type { NewcomerDetailView } from './dto/newcomer.dto';
import type { TrialDayView } from './dto/trial-day.dto';
import { NewcomersService } from './newcomers.service';
import { TrialDaysService } from './trial-days.service';

/** A Soho Solo file in its member's GDPR export: the file, its timeline and the trial days offered. */
export interface NewcomerFileExport extends NewcomerDetailView {
  trialDays: TrialDayView[];
}

/**
 * The Soho Solo files linked to a member's account (`newcomers.user_id`: they accepted a trial day, or signed up
 * with the file's address), in their GDPR export. Only linked files: the link is what makes a file the member's;
 * a file merely written with the same address could be anyone's typing, and is not handed to the address's holder.
 *
 * Each file is given as the officers see it (`GET /newcomers/{id}`): what the person told us (name, address,
 * phone, city, trade, household, wishes, housing, timing, language), their consent and its date, until when the
 * file is kept, its status and settling date, the welcome commune, the next action and its note, and the whole
 * timeline, officers' notes included. Those notes are the agency's working notes, but they are about the person,
 * and the right of access covers personal data about them whoever wrote it; no module withholds such notes (the
 * audit log, the one record about members not in the export, holds ids and field names only by design). Officers
 * are named (id and name) as in their own view: they act in their role and contact the newcomer under their name
 * (the acknowledgement mail sends them to "the welcome officer who contacts you"); nothing else of them is given.
 * The trial days come as officers list them, without the link's hash (a credential); a booking made by accepting
 * one is in the `bookings` section.
 *
 * On erasure the files are anonymised as an erasure on request or the retention task does
 * (`NewcomersService.anonymise`): identity, wishes and notes blanked, a waiting invitation withdrawn, the file
 * unlinked; what the reports count (status, project kind, welcome commune, dates) stays without anyone's name.
 * Its `anonymised` timeline entry has no author: nobody at the agency did it.
 */
@Injectable()
@HoldsPersonalData('newcomerFiles')
export class NewcomerPersonalData implements PersonalDataHolder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly newcomers: NewcomersService,
    private readonly trialDays: TrialDaysService,
  ) {}

  async exportFor(userId: string): Promise<NewcomerFileExport[]> {
    const files: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM newcomers WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const exported: NewcomerFileExport[] = [];
    for (const file of files) {
      const detail = await this.newcomers.get(file.id);
      // Anonymised since it was read above (anonymising unlinks): no longer theirs, nor anyone's.
      if (detail.anonymised) continue;
      exported.push({ ...detail, trialDays: await this.trialDays.ofFile(file.id) });
    }
    return exported;
  }

  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    // Locked in id order, like the retention task's batches, so that an officer's write waits for the erasure.
    const files: { id: string }[] = await manager.query(
      `SELECT id FROM newcomers WHERE user_id = $1 AND anonymised_at IS NULL ORDER BY id FOR UPDATE`,
      [userId],
    );
    if (!files.length) return;
    await this.newcomers.anonymise(
      manager,
      files.map((file) => file.id),
      null,
    );
  }
}
