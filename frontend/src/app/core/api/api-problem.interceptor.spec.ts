import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ApiProblem } from './api-problem';
import { apiProblemInterceptor } from './api-problem.interceptor';

describe('apiProblemInterceptor', () => {
  let client: HttpClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiProblemInterceptor])), provideHttpClientTesting()],
    });
    client = TestBed.inject(HttpClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function failureOf(url: string, answer: (request: ReturnType<HttpTestingController['expectOne']>) => void) {
    const call = firstValueFrom(client.get(url)).catch((error: unknown) => error);
    answer(http.expectOne(url));
    return call;
  }

  it('reads a problem+json answer, field errors included', async () => {
    const problem = await failureOf('/api/v1/territory/communes?limit=9999', (request) =>
      request.flush(
        {
          type: 'https://bastide.example/problems/validation',
          title: 'Bad Request',
          status: 400,
          detail: 'The query is invalid.',
          errors: [{ field: 'limit', message: 'limit must not be greater than 500' }],
        },
        { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );

    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({
      type: 'https://bastide.example/problems/validation',
      status: 400,
      detail: 'The query is invalid.',
      errors: [{ field: 'limit', message: 'limit must not be greater than 500' }],
    });
    expect((problem as ApiProblem).isServerFault).toBe(false);
  });

  it('reads a problem handed over as text', async () => {
    const problem = await failureOf('/api/v1/sites/x', (request) =>
      request.flush(JSON.stringify({ title: 'Not Found', status: 404 }), { status: 404, statusText: 'Not Found' }),
    );

    expect(problem).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404, detail: null, errors: [] });
  });

  it('still gives an ApiProblem when a proxy answers with an HTML page', async () => {
    const problem = await failureOf('/api/v1/territory/epcis', (request) =>
      request.flush('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );

    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({ status: 502, title: 'Bad Gateway', detail: null });
    expect((problem as ApiProblem).isServerFault).toBe(true);
  });

  it('marks a server that could not be reached', async () => {
    const problem = await failureOf('/api/v1/territory/epcis', (request) =>
      request.error(new ProgressEvent('error'), { status: 0, statusText: '' }),
    );

    expect((problem as ApiProblem).isUnreachable).toBe(true);
  });

  it('leaves calls outside the API alone', async () => {
    const error = await failureOf('/i18n/de.json', (request) =>
      request.flush('missing', { status: 404, statusText: 'Not Found' }),
    );

    expect(error).not.toBeInstanceOf(ApiProblem);
  });
});
