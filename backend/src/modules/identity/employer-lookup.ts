/**
 * Who employs a member, as `GET /me` shows it (`organizationId`). Provided by the organizations module,
 * which owns employers and their members; identity only knows this contract, so neither module imports
 * the other's services (the organizations module needs identity's `users` table, not its providers).
 */
export abstract class EmployerLookup {
  abstract organizationIdOf(userId: string): Promise<string | null>;
}
