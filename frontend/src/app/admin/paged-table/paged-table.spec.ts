import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { Observable, of, throwError } from 'rxjs';
import { provideTestTranslations } from '../../testing/test-translations';
import { PageRequest } from '../network-api';
import { TranslatedPaginatorIntl } from '../translated-paginator-intl';
import { ListPage, pagedList } from './paged-list';
import { PagedTable } from './paged-table';

interface Person {
  id: string;
  name: string;
}

const PEOPLE: Person[] = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, name: `Personne ${i}` }));

/** What the page component asked the API for, and what the API answers next. */
const calls: { query: string; page: PageRequest }[] = [];
let answer: (query: string, page: PageRequest) => Observable<ListPage<Person>>;

@Component({
  imports: [PagedTable],
  template: `
    <bastide-paged-table
      [list]="list"
      captionKey="admin.users.caption"
      [columnKeys]="['admin.users.name']"
      loadingKey="admin.users.loading"
      loadFailedKey="admin.users.loadFailed"
      emptyKey="admin.audit.none"
    >
      @for (person of list.page()?.items ?? []; track person.id) {
        <tr>
          <th scope="row">{{ person.name }}</th>
        </tr>
      }
    </bastide-paged-table>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class PeoplePage {
  readonly query = signal('');
  readonly list = pagedList(2, this.query, (query, page) => {
    calls.push({ query, page });
    return answer(query, page);
  });
}

describe('PagedTable', () => {
  beforeEach(() => {
    calls.length = 0;
    answer = (_, page) => of({ items: PEOPLE.slice(page.offset, page.offset + page.limit), total: PEOPLE.length });
    TestBed.configureTestingModule({
      providers: [provideTestTranslations('fr'), { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(PeoplePage);
    await fixture.whenStable();
    fixture.detectChanges();
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { fixture, element: fixture.nativeElement as HTMLElement, settle };
  }

  const rowNames = (element: HTMLElement) =>
    [...element.querySelectorAll('tbody th')].map((cell) => cell.textContent?.trim());

  it('draws a captioned table of the first page, with its column headers and the rows the page projects', async () => {
    const { element } = await render();
    expect(element.querySelector('caption')?.textContent?.trim()).toBe(
      'Comptes trouvés, avec leur adresse, leur rôle et leur commune de résidence',
    );
    expect([...element.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col']);
    expect(element.querySelector('thead th')?.textContent?.trim()).toBe('Nom');
    expect(rowNames(element)).toEqual(['Personne 0', 'Personne 1']);
    expect(calls).toEqual([{ query: '', page: { limit: 2, offset: 0 } }]);
  });

  it('turns the page with the paginator, and goes back to the first page on a new query', async () => {
    const { fixture, element, settle } = await render();
    (element.querySelector('button.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    await settle();
    expect(rowNames(element)).toEqual(['Personne 2', 'Personne 3']);
    expect(calls.at(-1)).toEqual({ query: '', page: { limit: 2, offset: 2 } });

    fixture.componentInstance.query.set('Per');
    fixture.componentInstance.list.pageIndex.set(0);
    await settle();
    expect(calls.at(-1)).toEqual({ query: 'Per', page: { limit: 2, offset: 0 } });
    expect(rowNames(element)).toEqual(['Personne 0', 'Personne 1']);
  });

  it('says when the list is empty', async () => {
    answer = () => of({ items: [], total: 0 });
    const { element } = await render();
    expect(element.querySelector('table')).toBeNull();
    expect(element.textContent).toContain('Le journal est vide.');
  });

  it('tells why the list could not load, and loads again on request', async () => {
    answer = () => throwError(() => new HttpErrorResponse({ status: 503, statusText: 'Service Unavailable' }));
    const { element, settle } = await render();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Les comptes n');
    answer = (_, page) => of({ items: PEOPLE.slice(page.offset, page.offset + page.limit), total: PEOPLE.length });
    (element.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await settle();
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(rowNames(element)).toEqual(['Personne 0', 'Personne 1']);
  });
});
