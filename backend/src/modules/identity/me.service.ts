import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { InvalidInput, NotFound } from '../../common/problem/domain-error';
import { TerritoryService } from '../territory/territory.service';
import { toMe } from './auth.service';
import { EmployerLookup } from './employer-lookup';
import { MeView } from './dto/register.dto';
import { UpdateMeRequest } from './dto/session.dto';
import { User } from './entities/user.entity';

/** The signed-in person's own profile. */
@Injectable()
export class MeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
    private readonly employers: EmployerLookup,
  ) {}

  async get(principal: Principal): Promise<MeView> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: principal.userId });
    if (!user) throw new NotFound('Account');
    return toMe(user, principal.hostedSiteIds, await this.employers.organizationIdOf(user.id));
  }

  async update(principal: Principal, change: UpdateMeRequest): Promise<MeView> {
    if (change.homeCommuneCode && !(await this.territory.findCommune(change.homeCommuneCode))) {
      throw new InvalidInput([{ field: 'homeCommuneCode', message: 'homeCommuneCode names no French commune' }]);
    }
    const users = this.dataSource.getRepository(User);
    await users.update({ id: principal.userId }, { ...change, updatedAt: new Date() });
    return this.get(principal);
  }
}
