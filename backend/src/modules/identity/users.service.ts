import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserPage, UserQuery } from './dto/user-search.dto';

/** Officers find accounts (to appoint a host, to help someone on the phone) or list the officers (`role=admin`). */
@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  async find(query: UserQuery): Promise<UserPage> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (query.q?.trim()) {
      params.push(
        `%${query.q
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, (m) => `\\${m}`)}%`,
      );
      conditions.push(
        `(lower(email) LIKE $${params.length} OR lower(first_name || ' ' || last_name) LIKE $${params.length})`,
      );
    }
    if (query.role) {
      params.push(query.role);
      conditions.push(`role = $${params.length}`);
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    params.push(query.limit, query.offset);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, email, first_name, last_name, role, home_commune_code, count(*) OVER () AS total
       FROM users ${where}
       ORDER BY last_name, first_name, id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      total: rows.length ? Number(rows[0]['total']) : 0,
      items: rows.map((r) => ({
        id: r['id'] as string,
        email: r['email'] as string,
        firstName: r['first_name'] as string,
        lastName: r['last_name'] as string,
        role: r['role'] as string,
        homeCommuneCode: r['home_commune_code'] as string | null,
      })),
    };
  }
}
