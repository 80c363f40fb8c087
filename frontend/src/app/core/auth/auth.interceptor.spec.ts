import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ApiProblem } from '../api/api-problem';
import { apiProblemInterceptor } from '../api/api-problem.interceptor';
import { provideTestTranslations } from '../../testing/test-translations';
import { givenAuthResponse } from '../../testing/identity-samples';
import { authInterceptor } from './auth.interceptor';
import { REFRESH_TOKEN_STORAGE_KEY, Session } from './session';

const REFRESH_URL = '/api/v1/auth/refresh';
const UNAUTHORIZED = {
  status: 401,
  statusText: 'Unauthorized',
  headers: { 'Content-Type': 'application/problem+json' },
};
const EXPIRED = { title: 'Unauthorized', status: 401, detail: 'The access token has expired.' };

describe('authInterceptor', () => {
  let client: HttpClient;
  let http: HttpTestingController;
  let session: Session;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
    client = TestBed.inject(HttpClient);
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(Session);
    session.start(givenAuthResponse());
  });

  afterEach(() => http.verify());

  it('signs API calls with the access token, and nothing else', async () => {
    const me = firstValueFrom(client.get('/api/v1/me'));
    const words = firstValueFrom(client.get('/i18n/fr.json'));

    const api = http.expectOne('/api/v1/me');
    const translation = http.expectOne('/i18n/fr.json');
    expect(api.request.headers.get('Authorization')).toBe('Bearer access-1');
    expect(translation.request.headers.has('Authorization')).toBe(false);
    api.flush({});
    translation.flush({});
    await Promise.all([me, words]);
  });

  it('refreshes once for concurrent 401s, keeps the rotated refresh token, and retries each call', async () => {
    const calls = ['/api/v1/me', '/api/v1/sites/a', '/api/v1/sites/b'].map((url) => firstValueFrom(client.get(url)));

    for (const url of ['/api/v1/me', '/api/v1/sites/a', '/api/v1/sites/b']) {
      http.expectOne(url).flush(EXPIRED, UNAUTHORIZED);
    }
    const refresh = http.expectOne(REFRESH_URL);
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    expect(refresh.request.headers.has('Authorization')).toBe(false);
    refresh.flush({ accessToken: 'access-2', refreshToken: 'refresh-2' });

    const retries = http.match((request) => request.url !== REFRESH_URL);
    expect(retries.map((retry) => retry.request.headers.get('Authorization'))).toEqual([
      'Bearer access-2',
      'Bearer access-2',
      'Bearer access-2',
    ]);
    retries.forEach((retry, index) => retry.flush({ answer: index }));

    await expect(Promise.all(calls)).resolves.toEqual([{ answer: 0 }, { answer: 1 }, { answer: 2 }]);
    expect(localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBe('refresh-2');
    expect(session.accessToken).toBe('access-2');
    http.expectNone(REFRESH_URL);
  });

  it('retries with the new token, without refreshing again, a 401 that arrives after a refresh', async () => {
    const first = firstValueFrom(client.get('/api/v1/me'));
    const late = firstValueFrom(client.get('/api/v1/sites/a'));
    http.expectOne('/api/v1/me').flush(EXPIRED, UNAUTHORIZED);
    http.expectOne(REFRESH_URL).flush({ accessToken: 'access-2', refreshToken: 'refresh-2' });
    http.expectOne('/api/v1/me').flush({ ok: 1 });
    await first;

    http.expectOne('/api/v1/sites/a').flush(EXPIRED, UNAUTHORIZED);
    http.expectNone(REFRESH_URL);
    const retry = http.expectOne('/api/v1/sites/a');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush({ ok: 2 });
    await expect(late).resolves.toEqual({ ok: 2 });
  });

  it('signs out when the refresh is refused, and hands the original 401 to the caller', async () => {
    const call = firstValueFrom(client.get('/api/v1/me')).catch((error: unknown) => error);
    http.expectOne('/api/v1/me').flush(EXPIRED, UNAUTHORIZED);
    http.expectOne(REFRESH_URL).flush({ title: 'Unauthorized', status: 401 }, UNAUTHORIZED);

    const error = await call;
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({ status: 401, detail: 'The access token has expired.' });
    expect(session.signedIn()).toBe(false);
    expect(session.accessToken).toBeNull();
    expect(localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('leaves a 401 from the sign-in call alone: it is about the password, not the token', async () => {
    const call = firstValueFrom(client.post('/api/v1/auth/login', {})).catch((error: unknown) => error);
    const login = http.expectOne('/api/v1/auth/login');
    expect(login.request.headers.has('Authorization')).toBe(false);
    login.flush({ title: 'Unauthorized', status: 401, detail: 'Wrong e-mail or password.' }, UNAUTHORIZED);

    await expect(call).resolves.toMatchObject({ status: 401, detail: 'Wrong e-mail or password.' });
    http.expectNone(REFRESH_URL);
    expect(session.signedIn()).toBe(true);
  });
});
