import { QueryFailedError } from 'typeorm';
import { ProblemDetailsFilter } from './problem-details.filter';

describe('ProblemDetailsFilter and a database that cannot serve in time', () => {
  const filter = new ProblemDetailsFilter();

  it('answers 503 with Retry-After when no pooled connection came in time', () => {
    const problem = filter.toProblem(new Error('timeout exceeded when trying to connect'));
    expect(problem).toMatchObject({
      type: 'https://bastide.gers.fr/problems/database-busy',
      status: 503,
      retryAfterSeconds: 5,
    });
  });

  it('answers 503 when PostgreSQL ended a session idle in a transaction (25P03)', () => {
    const driverError = Object.assign(new Error('terminating connection due to idle-in-transaction timeout'), {
      code: '25P03',
    });
    expect(filter.toProblem(new QueryFailedError('SELECT 1', [], driverError)).status).toBe(503);
    expect(filter.toProblem(driverError).status).toBe(503);
  });

  it('still answers 500 for any other failure', () => {
    expect(filter.toProblem(new Error('timeout exceeded')).status).toBe(500);
    const other = Object.assign(new Error('deadlock detected'), { code: '40P01' });
    expect(filter.toProblem(new QueryFailedError('SELECT 1', [], other)).status).toBe(500);
  });
});
