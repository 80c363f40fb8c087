import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';
import { MatPaginatorModule } from '@angular/material/paginator';
import { TranslatePipe } from '@ngx-translate/core';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { PagedList } from './paged-list';

/**
 * The officers' tables of accounts, audit entries...: loading bar, load problem with a retry, a table with
 * a caption and column headers, the rows the page projects (`<tr>` elements), and a paginator.
 * Not encapsulated: the projected rows carry the page's style scope, so the table's rules must reach them
 * by class name (`network-table`) alone.
 */
@Component({
  selector: 'bastide-paged-table',
  imports: [LoadProblem, LoadingIndicator, MatPaginatorModule, TranslatePipe],
  template: `
    @if (list().isLoading()) {
      <bastide-loading-indicator [labelKey]="loadingKey()" />
    }
    @if (list().problem(); as problem) {
      <bastide-load-problem [problem]="problem" [messageKey]="loadFailedKey()" (retry)="list().retry()" />
    }
    @if (list().page(); as page) {
      @if (page.items.length > 0) {
        <table class="network-table">
          <caption class="visually-hidden">
            {{
              captionKey() | translate
            }}
          </caption>
          <thead>
            <tr>
              @for (key of columnKeys(); track key) {
                <th scope="col">{{ key | translate }}</th>
              }
            </tr>
          </thead>
          <tbody>
            <ng-content />
          </tbody>
        </table>
      } @else if (emptyKey(); as emptyKey) {
        <p>{{ emptyKey | translate }}</p>
      }
      <mat-paginator
        [length]="page.total"
        [pageIndex]="list().pageIndex()"
        [pageSize]="list().pageSize"
        [hidePageSize]="true"
        [showFirstLastButtons]="true"
        (page)="list().turn($event)"
      />
    }
  `,
  styleUrl: './network-table.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PagedTable {
  readonly list = input.required<PagedList<unknown>>();
  /** Read by screen readers before the table: what it lists. */
  readonly captionKey = input.required<string>();
  readonly columnKeys = input.required<readonly string[]>();
  readonly loadingKey = input.required<string>();
  readonly loadFailedKey = input.required<string>();
  /** Said when the list is empty; nothing when absent. */
  readonly emptyKey = input<string>();
}
