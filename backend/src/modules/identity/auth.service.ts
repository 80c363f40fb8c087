import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InvalidInput } from '../../common/problem/domain-error';
import { UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { OutboxService } from '../../jobs/outbox.service';
import { TerritoryService } from '../territory/territory.service';
import { AuthResponse, MeView, RegisterRequest } from './dto/register.dto';
import { User } from './entities/user.entity';
import { EmailTaken } from './identity.errors';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

export function toMe(user: User): MeView {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    hostedSiteIds: [],
    homeCommuneCode: user.homeCommuneCode,
    organizationId: null,
    locale: user.locale,
  };
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly outbox: OutboxService,
    private readonly territory: TerritoryService,
  ) {}

  async register(request: RegisterRequest): Promise<AuthResponse> {
    if (request.homeCommuneCode && !(await this.territory.findCommune(request.homeCommuneCode))) {
      throw new InvalidInput([{ field: 'homeCommuneCode', message: 'homeCommuneCode names no French commune' }]);
    }
    const passwordHash = await this.hasher.hash(request.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(User, {
            email: request.email,
            passwordHash,
            firstName: request.firstName,
            lastName: request.lastName,
            locale: request.locale ?? 'fr',
            homeCommuneCode: request.homeCommuneCode ?? null,
          }),
        );
        // The welcome mail is written with the account: if the account exists, so does its mail.
        await this.outbox.enqueue(manager, {
          kind: 'identity.welcome',
          key: `welcome-user-${user.id}`,
          payload: { userId: user.id },
        });
        const pair = await this.tokens.openSession(manager, user.id);
        return { user: toMe(user), ...pair };
      });
    } catch (error) {
      if (violates(error, 'users_email_key', UNIQUE_VIOLATION)) throw new EmailTaken();
      throw error;
    }
  }
}
