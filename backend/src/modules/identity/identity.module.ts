import { Global, Module } from '@nestjs/common';
import { PrincipalResolver } from '../../common/access/principal';
import { AccessTokenResolver } from './access-token-resolver';
import { MeController } from './me.controller';
import { MeService } from './me.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { PersonalDataService } from './personal-data.service';
import { DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SitesModule } from '../sites/sites.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { TerritoryModule } from '../territory/territory.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { BootstrapAdmin } from './bootstrap-admin';
import { Session } from './entities/session.entity';
import { User } from './entities/user.entity';
import { AccountLinks } from './account-links';
import { AccountCreatedListeners } from './account-created';
import { TwoFactorController } from './mfa/two-factor.controller';
import { TwoFactorService } from './mfa/two-factor.service';
import { AccountRecoveryService } from './account-recovery.service';
import { EmailChangeMailHandler, PasswordResetMailHandler, WelcomeMailHandler } from './jobs/account-mail.handlers';
import { AccountToken } from './entities/account-token.entity';
import { resolveJwtSecret } from './jwt-secret';
import { PasswordHasher } from './password-hasher';
import { PeopleDirectory } from './people-directory';
import { TokenService } from './token.service';

/**
 * Global for its `PrincipalResolver`, which the access guard of every module relies on, and its
 * `PeopleDirectory`, which names accounts for modules that hold user ids (the sites module, which identity
 * imports, reaches it this way without an import cycle), and its `MeService`, through which the notification
 * preferences read and change the member's language without a second copy of its rules, and its
 * `AccountCreatedListeners`, through which other modules act on a sign-up (the newcomers' files) in its transaction.
 */
@Global()
@Module({
  imports: [
    DiscoveryModule,
    TypeOrmModule.forFeature([User, Session, AccountToken]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: resolveJwtSecret(config),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    NotificationsModule,
    TerritoryModule,
    // For HostedSitesLookup: who hosts which site is the sites module's to say.
    SitesModule,
    // For EmployerLookup: a member's employer is the organizations module's to say.
    OrganizationsModule,
  ],
  controllers: [AuthController, MeController, UsersController, TwoFactorController],
  providers: [
    AuthService,
    BootstrapAdmin,
    MeService,
    PersonalDataService,
    UsersService,
    PasswordHasher,
    TokenService,
    WelcomeMailHandler,
    PasswordResetMailHandler,
    EmailChangeMailHandler,
    AccountLinks,
    AccountRecoveryService,
    TwoFactorService,
    PeopleDirectory,
    AccountCreatedListeners,
    { provide: PrincipalResolver, useClass: AccessTokenResolver },
  ],
  exports: [AuthService, PasswordHasher, PrincipalResolver, PeopleDirectory, MeService, AccountCreatedListeners],
})
export class IdentityModule {}
