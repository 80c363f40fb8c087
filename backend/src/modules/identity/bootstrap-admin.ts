import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PasswordHasher } from './password-hasher';

/**
 * `BOOTSTRAP_ADMIN_EMAIL` / `BOOTSTRAP_ADMIN_PASSWORD`: the first network officer of a new installation.
 * Creates the account, or makes an existing one an officer; a password changed since is left alone.
 * Runs after migrations (application bootstrap follows every module's initialisation).
 */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdmin.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.bootstrapAdmin;
    if (!admin) return;
    const email = admin.email.trim().toLowerCase();
    const passwordHash = await this.hasher.hash(admin.password);
    const [row]: { created: boolean }[] = await this.dataSource.query(
      `INSERT INTO users (email, password_hash, first_name, last_name, role)
       VALUES ($1, $2, 'Réseau', 'Bastide', 'admin')
       ON CONFLICT (email) DO UPDATE SET role = 'admin'
       RETURNING (xmax = 0) AS created`,
      [email, passwordHash],
    );
    this.logger.log(`Network officer ${email} ${row.created ? 'created' : 'ensured'}`);
  }
}
